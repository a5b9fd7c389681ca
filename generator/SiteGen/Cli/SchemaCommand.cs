using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Validation;

namespace SiteGen.Cli;

/// <summary>`sitegen schema`: writes the JSON Schemas of front matter, for completion and checking in editors.</summary>
internal sealed class SchemaCommand : ICommand
{
    public const string DocumentFile = "front-matter.schema.json";
    public const string IssueFile = "issue.schema.json";

    public string Name => "schema";
    public string Summary => "写出文档属性的 JSON Schema，供编辑器补全和提示 (front-matter JSON Schema)";
    public string Usage => $"""
        用法: sitegen schema [--source DIR] [--out DIR] [--quiet]

        按校验所用的同一张键表写出 JSON Schema（含中文说明）：
          DIR/schema/{DocumentFile}   文档属性；栏目和主题分类取自 site.yml
          DIR/schema/{IssueFile}          公报期次 _issue.md
          -s, --source DIR  站点目录（默认：当前目录）
          -o, --out DIR     写到 DIR（默认：站点目录下的 schema/）
          -q, --quiet       不打印“已写出”一行
        """;

    public int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        var source = Path.GetFullPath(args.Option("source") ?? ".");
        var outDir = Path.GetFullPath(args.Option("out") ?? Path.Combine(source, "schema"));
        if (args.Flag("quiet")) stdout = TextWriter.Null;
        CommandLine.RejectUnknown(args);
        SiteConfig? site = null;
        if (File.Exists(Path.Combine(source, SiteConfigLoader.FileName)))
        {
            var diagnostics = new DiagnosticBag();
            site = SiteConfigLoader.Load(source, diagnostics);
            var colors = TerminalColors.For(stderr, Environment.GetEnvironmentVariable);
            foreach (var d in diagnostics.Sorted().Where(d => d.Severity == Severity.Error)) stderr.WriteLine(colors.Format(d));
            if (site is null) return ExitCodes.ContentErrors;
        }
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, DocumentFile), FrontMatterSchema.Document(site));
        File.WriteAllText(Path.Combine(outDir, IssueFile), FrontMatterSchema.Issue());
        stdout.WriteLine($"已写出 {Path.Combine(outDir, DocumentFile)} 和 {IssueFile}{(site is null ? "（没有 site.yml：栏目和主题分类不列出可选值）" : "")}。");
        return ExitCodes.Ok;
    }
}
