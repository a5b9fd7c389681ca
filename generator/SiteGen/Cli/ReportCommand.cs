using System.Globalization;
using SiteGen.Build;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Reports;

namespace SiteGen.Cli;

/// <summary>`sitegen report YEAR`: writes the draft of that year's annual report, computed figures filled in.</summary>
internal sealed class ReportCommand : ICommand
{
    public string Name => "report";
    public string Summary => "生成政府信息公开工作年度报告草稿 (draft an annual report)";
    public string Usage => """
        用法: sitegen report YEAR [--source DIR] [--out FILE.md] [--as-of YYYY-MM-DD] [--force] [--quiet]

          YEAR             报告年度，如 2025
          -s, --source DIR 站点目录（默认：当前目录）
          -o, --out FILE.md 草稿文件（默认：content/ 中最新一份年报旁边的 YEAR.md）
          --as-of DATE     以该日期判断哪些文件已发布（默认：今天，北京时间）
          --force          覆盖已有文件
          -q, --quiet      不打印“已写出”一行，只报告错误

        草稿带 draft: true，不会发布。规章、行政规范性文件的本年制发、废止和现行有效件数按本站已发布的
        文件计算，上年结转取自上一年度报告，其余数字为 0，请填写后删除 draft 一行。
        退出码: 0 成功, 1 站点内容有错误（草稿未写出）, 2 用法错误
        """;

    public int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        var source = Path.GetFullPath(args.Option("source") ?? ".");
        var outFile = args.Option("out");
        var asOfOption = AsOfOption.Read(args);
        var force = args.Flag("force");
        if (args.Flag("quiet")) stdout = TextWriter.Null;
        CommandLine.RejectUnknown(args);
        if (args.Positional.Count != 1 || !int.TryParse(args.Positional[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 2000 || year > 2200)
            throw new UsageException("请给出报告年度，如 `sitegen report 2025`（give the report year）。");
        var asOf = asOfOption.Date();
        if (!Directory.Exists(source))
            throw new UsageException($"站点目录“{source}”不存在（site folder not found）。");
        if (WriteDraft(source, year, asOf, outFile, force, stderr) is not { } path) return ExitCodes.ContentErrors;
        stdout.WriteLine($"已写出 {year} 年度报告草稿：{path}");
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Writes the draft (computed rows included) and returns its full path, or null after printing the
    /// site's errors. `sitegen new report YEAR` calls this too: one command, one draft.
    /// </summary>
    public static string? WriteDraft(string source, int year, DateOnly asOf, string? outFile, bool force, TextWriter stderr)
    {
        var result = SiteBuilder.Build(new BuildOptions { SourceDir = source, OutputDir = null, AsOf = asOf });
        if (!result.Succeeded)
        {
            var colors = TerminalColors.For(stderr, Environment.GetEnvironmentVariable);
            foreach (var d in result.Diagnostics.Where(d => d.Severity == Severity.Error)) stderr.WriteLine(colors.Format(d));
            stderr.WriteLine("站点内容有错误，未写出草稿：计算出的数字可能不准确。请先修正上述错误。");
            return null;
        }
        var site = result.Site!;
        var path = outFile is not null
            ? Path.GetFullPath(outFile)
            : Path.Combine(source, ContentLoader.ContentFolder, ReportDraft.DefaultPath(site, year));
        if (File.Exists(path) && !force)
            throw new UsageException($"文件“{path}”已存在；要覆盖请加 --force（file exists; add --force to overwrite）。");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, ReportDraft.Write(site, year));
        return path;
    }
}
