using System.Globalization;
using SiteGen.Audit;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Cli;

/// <summary>`sitegen build`: validate, render and publish atomically; print every problem.</summary>
internal sealed class BuildCommand : ICommand
{
    public string Name => "build";
    public string Summary => "生成网站 (build the site)";
    public string Usage => """
        用法: sitegen build [--source DIR] [--out DIR] [--as-of YYYY-MM-DD] [--report FILE.json] [--audit FILE.html] [--sign-key FILE] [--verbose] [--strict] [--format text|github|gitlab] [--quiet]

          -s, --source DIR 站点目录，含 site.yml 和 content/（默认：当前目录）
          -o, --out DIR    输出目录（默认：DIR/public）。构建失败时原有输出保持不变。
          --as-of DATE     以该日期为发布日期判断（默认：今天，北京时间）；晚于它的文件不发布
          --report FILE    写出 JSON 报告：已发布文档、公报期次、计数和全部警告；旁边另写自查页 FILE.audit.html
          --audit FILE     写出自查页（按国家检查指标分组列出问题，见 docs/audit.md），不放在网站中
          --sign-key FILE  用该 ECDSA 私钥（PEM）签名防篡改清单 .sitegen/manifest.json；也可用环境变量 SITEGEN_SIGNING_KEY
          --verbose        打印各阶段耗时
          --strict         把内容警告（文号不规范、缺索引号等）当作错误；与日期有关的提示（栏目未更新、
                           解读超期、意见未反馈、年报期限）永远不会使构建失败；草稿的问题只是警告
          --format F       诊断输出格式：text（默认）、github（在出错的行上标注，并写出摘要）、
                           gitlab（另写出 gl-code-quality-report.json 代码质量报告）
          -q, --quiet      只输出错误和警告：不显示进度和“已生成”一行

        退出码: 0 成功, 1 内容有错误（已列出，原输出未改动）, 2 用法错误
        """;

    public int Run(Arguments args, TextWriter stdout, TextWriter stderr) => Execute(args, stdout, stderr, write: true);

    public static int Execute(Arguments args, TextWriter stdout, TextWriter stderr, bool write)
    {
        var source = Path.GetFullPath(args.Option("source") ?? ".");
        var outDir = write ? Path.GetFullPath(args.Option("out") ?? Path.Combine(source, "public")) : null;
        var asOfOption = AsOfOption.Read(args);
        var report = args.Option("report");
        var audit = args.Option("audit");
        var verbose = args.Flag("verbose");
        var strict = args.Flag("strict");
        var quiet = args.Flag("quiet");
        var output = new DiagnosticOutput(args.Option("format") ?? "text", source, Environment.GetEnvironmentVariable) { Colors = TerminalColors.For(stderr, Environment.GetEnvironmentVariable) };
        var signKey = write ? args.Option("sign-key") : null;
        CommandLine.RejectUnknown(args);
        var asOf = asOfOption.Date();
        if (!Directory.Exists(source))
            throw new UsageException($"站点目录“{source}”不存在（site folder not found）。");
        if (outDir is not null && IsInside(Path.Combine(source, "content"), outDir))
            throw new UsageException("输出目录不能放在 content/ 里面（the output folder must not be inside content/）。");

        using var signingKey = SigningKeyOption.Load(signKey, source, outDir);
        var progress = new ProgressLine(stderr, !quiet && ProgressLine.IsTerminal(stderr, Environment.GetEnvironmentVariable));
        var result = SiteBuilder.Build(new BuildOptions { SourceDir = source, OutputDir = outDir, AsOf = asOf, ReportFile = report, SigningKey = signingKey, Strict = strict, Progress = progress.Stage });
        progress.Clear();
        output.Write(result.Diagnostics, stdout, stderr);
        if (report is not null) BuildReport.Write(report, result);
        // The self-check page goes where it was asked for, and beside every JSON report.
        foreach (var page in new[] { audit, report is null ? null : AuditPage.BesideReport(report) }.OfType<string>().Distinct())
            AuditPage.Write(page, new AuditInput(result.Diagnostics, result.Drafts, source, asOf, result.Site?.Config.Title ?? Path.GetFileName(source)));
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
        var notices = result.Diagnostics.Count(d => d.Severity == Severity.Notice);
        if (verbose)
            foreach (var s in result.Timer.Stages)
                stdout.WriteLine($"  {s.Stage,-14} {s.Ms,8:0} ms  (cpu {s.CpuMs,8:0} ms, {s.AllocatedBytes / 1048576,6} MB allocated, GC {s.Collections})");
        if (verbose)
            stdout.WriteLine($"  memory: GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen 0/1/2), paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms");
        if (!result.Succeeded)
        {
            var failed = $"失败：{errors} 个错误，{warnings} 个警告，{notices} 个提示。{(write ? "原有输出未改动。" : "")}";
            stderr.WriteLine(failed);
            output.Summary(result.Diagnostics, failed, stdout);
            return ExitCodes.ContentErrors;
        }
        var site = result.Site!;
        var done = write
            ? $"已生成：{site.Documents.Count} 篇文档，{site.Issues.Count} 期公报，{result.Files.Count} 个文件 → {outDir}（{result.Timer.TotalMs / 1000:0.00} 秒，{warnings} 个警告，{notices} 个提示）"
            : $"检查通过：{site.Documents.Count} 篇文档可发布，{site.Issues.Count} 期公报，{warnings} 个警告，{notices} 个提示。";
        if (!quiet) stdout.WriteLine(done);
        output.Summary(result.Diagnostics, done, stdout);
        return ExitCodes.Ok;
    }

    private static bool IsInside(string dir, string path)
    {
        var d = Path.GetFullPath(dir).TrimEnd('/') + "/";
        return (Path.GetFullPath(path).TrimEnd('/') + "/").StartsWith(d, StringComparison.Ordinal);
    }
}

/// <summary>`sitegen check`: everything build checks, nothing written.</summary>
internal sealed class CheckCommand : ICommand
{
    public string Name => "check";
    public string Summary => "只检查内容，不写出网站 (validate without writing)";
    public string Usage => """
        用法: sitegen check [--source DIR] [--as-of YYYY-MM-DD] [--report FILE.json] [--audit FILE.html] [--strict] [--format text|github|gitlab] [--verbose] [--quiet]

        检查 site.yml 和 content/ 中的全部问题（与 build 相同的检查，含领域规则检查），不写出网站。
          -s, --source DIR 站点目录（默认：当前目录）
          --as-of、--report、--audit、--strict、--format、--verbose 同 build。
          --strict 时内容警告也算错误；与日期有关的提示（栏目未更新、解读超期、意见未反馈、年报期限）
          和草稿（draft: true）的问题永远不会使检查失败。
          --audit FILE.html 写出编辑自查页：按《政府网站与政务新媒体检查指标》分组列出国家检查会计入的问题，
          每条链接到要修改的文件（--report 时也写在报告旁边，名为 FILE.audit.html）。
          -q, --quiet      只输出错误和警告：不显示进度和“检查通过”一行
        退出码: 0 无错误, 1 有错误, 2 用法错误
        """;

    public int Run(Arguments args, TextWriter stdout, TextWriter stderr) => BuildCommand.Execute(args, stdout, stderr, write: false);
}
