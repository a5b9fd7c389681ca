using System.Globalization;
using System.Text.Json.Nodes;
using Json.Schema;
using SiteGen.Cli;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;
using SiteGen.Validation;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Editors;

public sealed class SchemaTests
{
    private static JsonObject Properties(string schema) => JsonNode.Parse(schema)!["properties"]!.AsObject();

    [Fact]
    public void EveryKeyTheValidatorAccepts_IsInTheSchema_WithAChineseDescription()
    {
        var properties = Properties(FrontMatterSchema.Document(null));
        Assert.Equal(DocumentReader.KnownKeys.Order(StringComparer.Ordinal), properties.Select(p => p.Key).Order(StringComparer.Ordinal));
        foreach (var (_, p) in properties) Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", (string)p!["description"]!);
        Assert.Equal(FrontMatterKeys.ChildNames("consultation"), properties["consultation"]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(FrontMatterKeys.ChildNames("proposal"), properties["proposal"]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(FrontMatterKeys.ChildNames("attachments"), properties["attachments"]!["items"]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(DocumentReader.Disclosures, properties["disclosure"]!["enum"]!.AsArray().Select(v => (string)v!));
        Assert.Equal(DocumentReader.Validities, properties["validity"]!["enum"]!.AsArray().Select(v => (string)v!));
        Assert.Equal(IssueReader.KnownKeys, Properties(FrontMatterSchema.Issue()).Select(p => p.Key));
    }

    [Fact]
    public void SchemaCommand_ListsTheSitesColumnsAndTopics()
    {
        using var site = new TestSite();
        Assert.Equal(0, CommandLine.Run(["schema", "--source", site.Root], TextWriter.Null, TextWriter.Null));
        var properties = Properties(File.ReadAllText(Path.Combine(site.Root, "schema", SchemaCommand.DocumentFile)));
        var columns = properties["category"]!["enum"]!.AsArray().Select(v => (string)v!).ToList();
        Assert.Contains("行政规范性文件", columns);
        Assert.Contains("gfxwj", columns);
        Assert.Equal(["科技、教育/教育", "综合政务/政务公开"], properties["topic"]!["enum"]!.AsArray().Select(v => (string)v!));
        Assert.True(File.Exists(Path.Combine(site.Root, "schema", SchemaCommand.IssueFile)));
    }

    [Fact]
    public void CommittedSchemas_MatchTheProjectsSiteYml_AndVsCodeSettingsPointAtThem()
    {
        var site = SiteConfigLoader.Load(Repo.Root, new DiagnosticBag())!;
        Assert.Equal(FrontMatterSchema.Document(site), File.ReadAllText(Path.Combine(Repo.Root, "schema", SchemaCommand.DocumentFile)));
        Assert.Equal(FrontMatterSchema.Issue(), File.ReadAllText(Path.Combine(Repo.Root, "schema", SchemaCommand.IssueFile)));
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, ".vscode", "settings.json")))!["yaml.schemas"]!.AsObject();
        Assert.Contains("content/**/*.md", settings["./schema/" + SchemaCommand.DocumentFile]!.AsArray().Select(v => (string)v!));
        Assert.Contains("content/**/_issue.md", settings["./schema/" + SchemaCommand.IssueFile]!.AsArray().Select(v => (string)v!));
    }

    [Fact]
    public void SampleContent_ValidatesAgainstTheSchema() => Assert.True(ValidateAll(Repo.Root) >= 70);

    [Fact]
    [Slow]
    public void GeneratedCorpus_ValidatesAgainstTheSchema_AndABadValueDoesNot()
    {
        using var corpus = new Corpus(300);
        Assert.True(ValidateAll(corpus.Root) >= 300);
        var document = Schema(FrontMatterSchema.Document(SiteConfigLoader.Load(corpus.Root, new DiagnosticBag())!));
        var bad = FrontMatterJson("---\ntitle: x\ncategory: 不存在的栏目\ndisclosure: 公开\ndate: 2025-3-1\ncatgory: y\n---\n");
        var errors = document.Evaluate(Element(bad), new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.False(errors.IsValid);
        var failing = (errors.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => d.InstanceLocation.ToString()).ToHashSet();
        Assert.Contains("/category", failing);
        Assert.Contains("/disclosure", failing);
        Assert.Contains("/date", failing);
    }

    /// <summary>Validates every document and issue of a site against the schemas generated for its site.yml; returns how many.</summary>
    private static int ValidateAll(string siteDir)
    {
        var site = SiteConfigLoader.Load(siteDir, new DiagnosticBag())!;
        var document = Schema(FrontMatterSchema.Document(site));
        var issue = Schema(FrontMatterSchema.Issue());
        var checkedFiles = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(siteDir, "content"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var front = FrontMatterJson(File.ReadAllText(file));
            var schema = Path.GetFileName(file) == "_issue.md" ? issue : document;
            if (Path.GetFileName(file) == "_index.md") continue;
            var result = schema.Evaluate(Element(front), new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, $"{file}: {string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")))}");
            checkedFiles++;
        }
        return checkedFiles;
    }

    // Each schema in its own registry: the registry is keyed by $id, and the tests build the same $id for several sites.
    private static JsonSchema Schema(string text) => JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static System.Text.Json.JsonElement Element(JsonNode node) => System.Text.Json.JsonDocument.Parse(node.ToJsonString()).RootElement;

    /// <summary>Front matter as the YAML language server sees it (YAML 1.2 core schema): plain integers and booleans are typed, the rest are strings.</summary>
    private static JsonNode FrontMatterJson(string text)
    {
        text = text.ReplaceLineEndings("\n");
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        var stream = new YamlStream();
        stream.Load(new StringReader(text[4..end]));
        return ToJson(stream.Documents[0].RootNode)!;
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode m => new JsonObject(m.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, ToJson(kv.Value)))),
        YamlSequenceNode s => new JsonArray(s.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } b => JsonValue.Create(b.Value == "true"),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } i when long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
        YamlScalarNode sc => JsonValue.Create(sc.Value ?? ""),
        _ => null,
    };
}
