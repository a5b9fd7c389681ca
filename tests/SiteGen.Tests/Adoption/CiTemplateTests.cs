using System.Text.RegularExpressions;
using SiteGen.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Adoption;

/// <summary>
/// The CI templates `sitegen init` writes run as written: each template's shell steps are taken
/// out of its YAML and run, in a new site, against the locally built release (a path instead of a
/// URL) with no .NET and no network: `ssh` is a shim on PATH that runs the remote command locally,
/// so rsync "publishes" to a local folder standing for the nginx host.
/// </summary>
[Collection(ReleaseCollection.Name)]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
[Slow]
public sealed partial class CiTemplateTests
{
    private sealed class Rig : IDisposable
    {
        private readonly TempDir _dir = new("sitegen-ci");

        public Rig()
        {
            var release = ReleasedSiteGen.Get();
            Site = _dir.File("site");
            Host = _dir.File("nginx-host/www");
            Directory.CreateDirectory(Host);
            var init = NoDotnet.Run(_dir.Path, [release.Binary, "init", Site, "--name", "测试县人民政府", "--organ", "测试县人民政府办公室"]);
            Assert.True(init.Code == 0, init.Output);
            var shims = _dir.File("shims");
            Directory.CreateDirectory(shims);
            // ssh [options] HOST COMMAND…: the command runs here, as sshd would run it on the host.
            File.WriteAllText(Path.Combine(shims, "ssh"), """
                #!/usr/bin/env bash
                while [ $# -gt 0 ]; do
                  case "$1" in
                    -[46AaCfGgKkMNnqsTtVvXxYy]*) shift ;;
                    -?) shift 2 ;;
                    -*) shift ;;
                    *) break ;;
                  esac
                done
                echo "$1" >>"$(dirname "$0")/ssh-hosts.log"
                shift
                exec bash -c "$*"
                """);
            File.SetUnixFileMode(Path.Combine(shims, "ssh"), (UnixFileMode)0b111_101_101);
            ShimLog = Path.Combine(shims, "ssh-hosts.log");
            Variables = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["SITEGEN_RELEASE"] = release.Dist,
                ["SITEGEN_SHA256"] = "",
                ["DEPLOY_TARGET"] = $"deploy@nginx-host:{Host}",
                ["DEPLOY_SSH_KEY"] = "-----BEGIN OPENSSH PRIVATE KEY-----\nnot-a-real-key\n-----END OPENSSH PRIVATE KEY-----",
                ["DEPLOY_KNOWN_HOSTS"] = "nginx-host ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAInotarealkey",
                ["SITEGEN_SIGNING_KEY"] = "",
            };
            Path_ = shims + ":" + NoDotnet.WithoutDotnet()["PATH"];
        }

        public string Site { get; }
        public string Host { get; }
        public string ShimLog { get; }
        public string Path_ { get; }
        public Dictionary<string, string?> Variables { get; }

        public (int Code, string Output) Bash(string script, IReadOnlyDictionary<string, string?> env) =>
            NoDotnet.Run(Site, ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
                new Dictionary<string, string?>(env) { ["PATH"] = Path_, ["GITHUB_STEP_SUMMARY"] = Path.Combine(Site, ".sitegen-summary.md") },
                TimeSpan.FromMinutes(5));

        /// <summary>The host's folder is the built site, and verifies against its manifest.</summary>
        public void AssertPublished(string output)
        {
            Assert.True(File.Exists(Path.Combine(Host, "index.html")), output);
            Assert.True(File.Exists(Path.Combine(Host, ".sitegen", "manifest.json")), output);
            Assert.Contains("测试县人民政府", File.ReadAllText(Path.Combine(Host, "index.html")));
            Assert.Contains("nginx-host", File.ReadAllText(ShimLog));
            // publish.sh pulled the host's copy back and verified it.
            Assert.Matches(@"一致：\d+ 个文件与构建时相同 → .*\.sitegen/deployed", output);
        }

        public void Dispose() => _dir.Dispose();
    }

    private static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static string Str(YamlNode node) => ((YamlScalarNode)node).Value ?? "";

    private static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    /// <summary>`${{ vars.X }}` and `${{ secrets.X }}` as GitHub fills them in from the repository's settings.</summary>
    private static string Expand(string text, IReadOnlyDictionary<string, string?> settings) =>
        Expression().Replace(text, m => settings.TryGetValue(m.Groups[1].Value, out var v) ? v ?? "" : "");

    [GeneratedRegex(@"\$\{\{\s*(?:vars|secrets)\.([A-Z0-9_]+)\s*\}\}")]
    private static partial Regex Expression();

    [Fact]
    public void GitHubWorkflow_RunSteps_InstallCheckBuildVerifyPublishAndVerifyTheHost()
    {
        using var rig = new Rig();
        var job = (YamlMappingNode)((YamlMappingNode)Load(Path.Combine(rig.Site, ".github/workflows/publish.yml"))["jobs"])["publish"];
        var env = new Dictionary<string, string?>(StringComparer.Ordinal) { ["GITHUB_ACTIONS"] = "true", ["CI"] = "true" };
        foreach (var (k, v) in ((YamlMappingNode)job["env"]).Children) env[Str(k)] = Expand(Str(v), rig.Variables);
        var ran = new List<string>();
        var log = new System.Text.StringBuilder();
        foreach (var step in ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>())
        {
            if (Get(step, "run") is not { } run) continue; // uses: actions (checkout, upload-artifact)
            // A push to main: `if: github.event_name != 'pull_request'` holds.
            if (Get(step, "if") is { } condition && Str(condition) != "github.event_name != 'pull_request'") continue;
            var stepEnv = new Dictionary<string, string?>(env);
            if (Get(step, "env") is YamlMappingNode e) foreach (var (k, v) in e.Children) stepEnv[Str(k)] = Expand(Str(v), rig.Variables);
            var (code, output) = rig.Bash(Str(run), stepEnv);
            log.AppendLine(output);
            Assert.True(code == 0, $"step “{Str(step["name"])}” failed ({code}):\n{log}");
            ran.Add(Str(run));
        }
        Assert.Equal(["ci/publish.sh install", "ci/publish.sh check", "ci/publish.sh build", "ci/publish.sh verify", "ci/publish.sh publish"], ran);
        rig.AssertPublished(log.ToString());
    }

    [Fact]
    public void GitLabPipeline_PublishJob_RunsBeforeScriptAndScript_AndMergeRequestsDoNotPublish()
    {
        using var rig = new Rig();
        var root = Load(Path.Combine(rig.Site, ".gitlab-ci.yml"));
        var env = new Dictionary<string, string?>(rig.Variables) { ["GITLAB_CI"] = "true", ["CI"] = "true" };
        string Script(string jobName)
        {
            var job = (YamlMappingNode)root[jobName];
            var parent = Get(job, "extends") is { } ext ? (YamlMappingNode)root[Str(ext)] : null;
            var before = (YamlSequenceNode?)(Get(job, "before_script") ?? (parent is null ? null : Get(parent, "before_script")));
            var lines = (before?.Children ?? []).Concat(((YamlSequenceNode)job["script"]).Children).Select(Str);
            return string.Join("\n", lines);
        }

        var check = rig.Bash(Script("check"), new Dictionary<string, string?>(env) { ["DEPLOY_TARGET"] = null });
        Assert.True(check.Code == 0, check.Output);
        Assert.False(File.Exists(Path.Combine(rig.Host, "index.html")), "a merge request's check job published");
        Assert.True(File.Exists(Path.Combine(rig.Site, "gl-code-quality-report.json")), "no code quality report for the merge request widget");

        var publish = rig.Bash(Script("publish"), env);
        Assert.True(publish.Code == 0, publish.Output);
        rig.AssertPublished(publish.Output);
    }

    [Fact]
    public void PlainScript_AsJenkinsOrGiteaRunIt_PublishesAndVerifies_AndRefusesAnArchiveWithTheWrongChecksum()
    {
        using var rig = new Rig();
        var run = rig.Bash("ci/publish.sh", rig.Variables);
        Assert.True(run.Code == 0, run.Output);
        rig.AssertPublished(run.Output);

        // A pinned SHA256 that does not match: nothing is installed, nothing is published.
        using var other = new Rig();
        var pinned = new Dictionary<string, string?>(other.Variables) { ["SITEGEN_SHA256"] = new string('0', 64) };
        var refused = other.Bash("ci/publish.sh", pinned);
        Assert.NotEqual(0, refused.Code);
        Assert.Contains("SHA256 不符", refused.Output);
        Assert.False(File.Exists(Path.Combine(other.Host, "index.html")));
    }
}
