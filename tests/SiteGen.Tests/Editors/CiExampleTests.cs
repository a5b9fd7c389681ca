using SiteGen.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Editors;

/// <summary>The CI examples are valid YAML and run check (strict) and build with the CI's own diagnostics format.</summary>
public sealed class CiExampleTests
{
    private static YamlMappingNode Load(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Repo.Root, "ci", name))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode s => [s.Value ?? ""],
        YamlSequenceNode q => q.Children.SelectMany(Scalars),
        YamlMappingNode m => m.Children.SelectMany(kv => Scalars(kv.Key).Concat(Scalars(kv.Value))),
        _ => [],
    };

    [Fact]
    public void GitHubWorkflow_ChecksStrictlyBuildsVerifiesAndDeploysPages()
    {
        var text = string.Join("\n", Scalars(Load("github-publish.yml")));
        Assert.Contains("./sitegen check --strict --format github", text);
        Assert.Contains("./sitegen build --out public --report build-report.json --format github", text);
        Assert.Contains("vnu.jar", text);
        Assert.Contains("actions/deploy-pages@v4", text);
    }

    [Fact]
    public void GitLabPipeline_ReportsCodeQualityAndPublishesPages()
    {
        var root = Load("gitlab-ci.yml");
        Assert.Contains("./sitegen check --strict --format gitlab", Scalars(root["check"]));
        var reports = (YamlMappingNode)root["check"]["artifacts"]["reports"];
        Assert.Equal(SiteGen.Cli.DiagnosticOutput.GitLabReport, ((YamlScalarNode)reports["codequality"]).Value);
        Assert.Contains("public", Scalars(root["pages"]["artifacts"]["paths"]));
    }
}
