using System.Globalization;
using SiteGen.Build;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Import;
using SiteGen.Text;

namespace SiteGen.Cli;

/// <summary>`sitegen import FILE.docx|FILE.txt|FOLDER …`: converts finished documents into content files.</summary>
internal sealed class ImportCommand : ICommand
{
    public string Name => "import";
    public string Summary => "把 Word 文档或其纯文本导入为内容文件 (import .docx / .txt)";
    public string Usage => """
        用法: sitegen import 文件.docx|文件.txt|目录 … [--category 栏目] [--out content/目录|文件.md] [--date YYYY-MM-DD] [--source DIR] [--quiet]

        从文件本身识别标题（含单独一行的发文机关、字间空格）、标题前或后的发文字号（规范为〔〕）、
        落款的发布机构和成文日期、公开属性（“政府信息公开选项：主动公开”“（此件公开发布）”），
        把一、（一）标题、编号、表格（含每格一行导出的表格、合并单元格）、附件和版记（抄送、印发）
        转成 Markdown，并清理 Word 的书签、域代码、空段落、段内手动换行和分页断开的句子。
        识别不了的内容写成 TODO（sitegen check 会逐条提示）。导入的文件都标为 draft: true，
        与原件核对、补全后删除该行即可发布。详见 docs/import.md。
          --category  栏目（名称或标识）；不写时为 TODO
          -o, --out   输出目录或 .md 文件（默认：栏目目录/年份/，无栏目时 content/imported/）
          --date      发布日期（默认：成文日期；年份目录随之）
          -s, --source DIR  站点目录（默认：当前目录）
          -q, --quiet 不列出导入成功的文件，只报告错误
        退出码: 0 全部导入, 1 有文件未能导入, 2 用法错误
        """;

    public int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        var source = Path.GetFullPath(args.Option("source") ?? ".");
        var category = args.Option("category");
        var outPath = args.Option("out");
        var dateText = args.Option("date");
        if (args.Flag("quiet")) stdout = TextWriter.Null;
        CommandLine.RejectUnknown(args);
        if (args.Positional.Count == 0) throw new UsageException("请指定要导入的文件或目录（give the files or folders to import）。");
        var today = BuildOptions.Today();
        DateOnly? date = null;
        if (dateText is not null)
        {
            if (!Dates.TryParseIso(dateText, out var given))
                throw new UsageException($"--date 的日期“{dateText}”应写成 YYYY-MM-DD（date must be YYYY-MM-DD）。");
            date = today = given;
        }
        var files = Expand(args.Positional);
        if (outPath is not null && outPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && files.Count > 1)
            throw new UsageException("导入多个文件时 --out 应是目录（--out must be a folder when importing several files）。");
        var diagnostics = new DiagnosticBag();
        var site = SiteConfigLoader.Load(source, diagnostics);
        if (site is null)
        {
            var colors = TerminalColors.For(stderr, Environment.GetEnvironmentVariable);
            foreach (var d in diagnostics.Sorted()) stderr.WriteLine(colors.Format(d));
            return ExitCodes.ContentErrors;
        }
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                var result = Importer.Convert(new ImportRequest(file, category, outPath, today, date), site, source);
                var full = Path.Combine(source, result.RelativePath);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, result.Text);
                stdout.WriteLine(result.Missing.Count == 0
                    ? $"{file} → {result.RelativePath}（草稿：与原件核对后删除 draft 一行即可发布）"
                    : $"{file} → {result.RelativePath}（草稿；待补：{string.Join("、", result.Missing)}）");
            }
            catch (ImportException e)
            {
                stderr.WriteLine($"{file}: {TerminalColors.For(stderr, Environment.GetEnvironmentVariable).Error("错误")} import: {e.Message}");
                failed++;
            }
        }
        return failed == 0 ? ExitCodes.Ok : ExitCodes.ContentErrors;
    }

    /// <summary>Files as given; a folder contributes its .docx and .txt files (recursively, sorted, skipping Word's ~$ lock files).</summary>
    private static List<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
                files.AddRange(Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories)
                    .Where(f => Importer.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()) && !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal));
            else if (File.Exists(p)) files.Add(p);
            else throw new UsageException($"找不到“{p}”（not found）。");
        }
        return files;
    }
}
