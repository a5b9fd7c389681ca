using System.Globalization;
using SiteGen.Build;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Import;
using SiteGen.Text;

namespace SiteGen.Cli;

/// <summary>`sitegen new KIND "标题"`: writes a new content file with the right front matter.</summary>
internal sealed class NewCommand : ICommand
{
    public string Name => "new";
    public string Summary => "按内容类型新建文件 (scaffold a new document)";
    public string Usage => $"""
        用法: sitegen new <类型> ["标题"] [--source DIR] [--category 栏目] [--organ 机构] [--date YYYY-MM-DD]
                          [--interprets 文档标识] [--issue YYYY-NN] [--force] [--quiet]

        类型: {string.Join("、", Scaffold.Kinds.Select(k => $"{k.Key}（{k.Value.Label}）"))}
        写出带正确文档属性的新文件：今天的日期、政策文件的下一个空闲索引号（按 site.yml 的 index_no_format）、
        正文提纲。文件放在本栏目已有文件所在的目录，按它们的命名方式编号（如 xxgk/zcwj/2026/gfxwj-008.md）；
        栏目还没有文件时放在 栏目目录/年份/ 下。`sitegen new report [年度]` 与 `sitegen report 年度` 相同，
        写出带计算数字的年报草稿。新建的公报期次在有文章之前也是草稿。需要编辑补充的地方写着 TODO（sitegen check 会逐条提示），新文件为 draft: true，
        写好后删除这一行即可发布。
          -s, --source DIR 站点目录（默认：当前目录）
          --category   栏目（默认按类型选择，如 policy → 行政规范性文件）
          --organ      发布机构（默认：site.yml 中的机构）
          --date       成文和发布日期（默认：今天）
          --interprets interpretation 所解读的政策文件
          --issue      bulletin-article 所属的公报期次（默认最新一期）
          --force      new report：覆盖已有的年报草稿
          -q, --quiet  不打印“已新建”一行
        """;

    public int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        var source = Path.GetFullPath(args.Option("source") ?? ".");
        var dateText = args.Option("date");
        if (args.Flag("quiet")) stdout = TextWriter.Null;
        var force = args.Flag("force");
        var request = new ScaffoldRequest(
            args.Positional.ElementAtOrDefault(0) ?? throw new UsageException("请指定内容类型（give the content kind, e.g. notice）。"),
            args.Positional.ElementAtOrDefault(1), BuildOptions.Today(), args.Option("category"), args.Option("organ"), args.Option("interprets"), args.Option("issue"));
        CommandLine.RejectUnknown(args);
        if (args.Positional.Count > 2) throw new UsageException("标题含空格时请用引号括起来（quote a title that contains spaces）。");
        if (!Scaffold.Kinds.ContainsKey(request.Kind)) throw new UsageException($"未知的内容类型“{request.Kind}”（unknown content kind）{KindHint(request.Kind)}");
        if (dateText is not null)
        {
            if (!Dates.TryParseIso(dateText, out var date))
                throw new UsageException($"--date 的日期“{dateText}”应写成 YYYY-MM-DD（date must be YYYY-MM-DD）。");
            request = request with { Today = date };
        }
        if (request.Kind == "report") return NewReport(source, request, force, stdout, stderr);
        var diagnostics = new DiagnosticBag();
        var site = SiteConfigLoader.Load(source, diagnostics);
        if (site is null)
        {
            var colors = TerminalColors.For(stderr, Environment.GetEnvironmentVariable);
            foreach (var d in diagnostics.Sorted()) stderr.WriteLine(colors.Format(d));
            return ExitCodes.ContentErrors;
        }
        ScaffoldFile file;
        try { file = Scaffold.Create(request, site, source); }
        catch (ScaffoldException e) { throw new UsageException(e.Message); }
        var full = Path.Combine(source, file.RelativePath);
        if (File.Exists(full)) throw new UsageException($"{file.RelativePath} 已存在（file exists）。");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, file.Text);
        stdout.WriteLine($"已新建 {file.RelativePath}");
        return ExitCodes.Ok;
    }

    /// <summary>“是不是 notice？” for a mistyped kind, else the list of kinds.</summary>
    private static string KindHint(string kind) =>
        Spelling.Closest(kind, Scaffold.Kinds.Keys) is { } closest
            ? $"；是不是要写 {closest}？（did you mean {closest}?）"
            : $"；可用的类型：{string.Join("、", Scaffold.Kinds.Keys)}。";

    /// <summary>`new report [YEAR]` is `report YEAR`: the same draft with the computed rows (default: last year).</summary>
    private static int NewReport(string source, ScaffoldRequest request, bool force, TextWriter stdout, TextWriter stderr)
    {
        var year = request.Today.Year - 1;
        if (request.Title is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) || year < 2000 || year > 2200))
            throw new UsageException($"请给出报告年度，如 `sitegen new report {request.Today.Year - 1}`（现在是“{text}”）。");
        if (ReportCommand.WriteDraft(source, year, request.Today, null, force, stderr) is not { } path) return ExitCodes.ContentErrors;
        stdout.WriteLine($"已新建 {Path.GetRelativePath(source, path).Replace('\\', '/')}");
        return ExitCodes.Ok;
    }
}
