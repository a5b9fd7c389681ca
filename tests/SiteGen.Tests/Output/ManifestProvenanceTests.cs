using System.Diagnostics;
using System.Security.Cryptography;
using SiteGen.Build;
using SiteGen.Cli;
using SiteGen.Output;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Deploy;

/// <summary>
/// The manifest says which build it is (SiteGen version, build date, source commit, site id), under
/// the signature, so an older signed build swapped in for the current one fails `verify`.
/// </summary>
public sealed class ManifestProvenanceTests
{
    private static string Git(string dir, params string[] args)
    {
        var psi = new ProcessStartInfo("git", ["-C", dir, "-c", "user.name=编辑", "-c", "user.email=editor@example.invalid", "-c", "commit.gpgsign=false", .. args])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var git = Process.Start(psi)!;
        var output = git.StandardOutput.ReadToEnd();
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)}: {error}");
        return output.Trim();
    }

    /// <summary>A small site in its own git repository, committed; returns the commit id.</summary>
    private static string Commit(TestSite site, string message)
    {
        if (!Directory.Exists(Path.Combine(site.Root, ".git"))) Git(site.Root, "init", "-q", "-b", "main");
        Git(site.Root, "add", "-A");
        Git(site.Root, "commit", "-q", "--allow-empty", "-m", message);
        return Git(site.Root, "rev-parse", "HEAD");
    }

    private static void Build(TestSite site, string asOf, SigningKey? key = null, string? outDir = null) =>
        SiteBuilder.Build(new BuildOptions { SourceDir = site.Root, OutputDir = outDir ?? site.Out, AsOf = DateOnly.Parse(asOf), SigningKey = key }).NoErrors();

    private static IntegrityManifest Manifest(string outDir) => IntegrityManifest.Parse(File.ReadAllBytes(Path.Combine(outDir, IntegrityManifest.ManifestPath)))!;

    private static (int Code, string Out, string Err) Verify(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(["verify", .. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A fresh P-256 key pair: the signing key and its public key in a PEM file.</summary>
    private sealed class KeyPair : IDisposable
    {
        private readonly TempDir _dir = new("sitegen-keys");

        public KeyPair()
        {
            using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            File.WriteAllText(PublicKeyFile, ec.ExportSubjectPublicKeyInfoPem());
            Key = SigningKey.FromPem(ec.ExportPkcs8PrivateKeyPem());
        }

        public SigningKey Key { get; }
        public string PublicKeyFile => _dir.File("pub.pem");

        public void Dispose()
        {
            Key.Dispose();
            _dir.Dispose();
        }
    }

    [Fact]
    [Slow]
    public void Manifest_RecordsVersionBuildDateCommitAndSiteId()
    {
        using var site = new TestSite();
        site.Doc("x/a.md", "title: 关于第一件事的通知");
        var commit = Commit(site, "第一版");
        Build(site, "2026-03-02");
        var provenance = Manifest(site.Out).Provenance!;
        Assert.Equal(SiteGenVersion.Current, provenance.Version);
        Assert.Equal(new DateOnly(2026, 3, 2), provenance.Built);
        Assert.Equal(commit, provenance.Commit);
        Assert.Equal("3701020099", provenance.Site);

        var (code, stdout, _) = Verify("--out", site.Out);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains($"SiteGen {SiteGenVersion.Current}，构建日期 2026-03-02，源提交 {commit}，网站 3701020099", stdout);
    }

    [Fact]
    [Slow]
    public void Manifest_OfTheSameInput_IsByteIdentical_AndNamesNoClockTime()
    {
        using var site = new TestSite();
        site.Doc("x/a.md", "title: 关于第一件事的通知");
        Commit(site, "第一版");
        using var other = new TempDir("sitegen-out");
        Build(site, "2026-03-02");
        Build(site, "2026-03-02", outDir: other.Path);
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.Out, IntegrityManifest.ManifestPath)), File.ReadAllBytes(Path.Combine(other.Path, IntegrityManifest.ManifestPath)));
    }

    [Fact]
    [Slow]
    public void RolledBackSignedBuild_FailsVerify_WithMinBuildDateOrExpectedCommit()
    {
        using var keys = new KeyPair();
        var (key, publicKey) = (keys.Key, keys.PublicKeyFile);
        using var site = new TestSite();
        site.Doc("x/a.md", "title: 关于第一件事的通知");
        var oldCommit = Commit(site, "第一版");
        using var old = new TempDir("sitegen-old");
        Build(site, "2026-03-02", key, old.Path);
        site.Doc("x/b.md", "title: 关于第二件事的通知");
        var newCommit = Commit(site, "第二版");
        Build(site, "2026-04-10", key);

        // The current build passes every requirement.
        var (code, stdout, _) = Verify("--out", site.Out, "--public-key", publicKey, "--min-build-date", "2026-04-10", "--expect-commit", newCommit[..10]);
        Assert.True(code == ExitCodes.Ok, stdout);

        // The old build is signed and intact, so without requirements it passes: that is the attack.
        Assert.Equal(ExitCodes.Ok, Verify("--out", old.Path, "--public-key", publicKey).Code);
        (code, stdout, var stderr) = Verify("--out", old.Path, "--public-key", publicKey, "--min-build-date", "2026-04-10");
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("构建日期 2026-03-02 早于要求的 2026-04-10", stdout);
        Assert.Contains("不是要求的构建", stderr);
        (code, stdout, _) = Verify("--out", old.Path, "--public-key", publicKey, "--expect-commit", newCommit);
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains($"源提交是 {oldCommit}，不是要求的 {newCommit}", stdout);
    }

    [Fact]
    public void EditedBuildDate_BreaksTheSignature()
    {
        using var keys = new KeyPair();
        var (key, publicKey) = (keys.Key, keys.PublicKeyFile);
        using var site = new TestSite();
        site.Doc("x/a.md", "title: 关于第一件事的通知");
        Build(site, "2026-03-02", key);
        var manifestFile = Path.Combine(site.Out, IntegrityManifest.ManifestPath);
        var text = File.ReadAllText(manifestFile);
        Assert.Contains("\"built\": \"2026-03-02\"", text);
        File.WriteAllText(manifestFile, text.Replace("\"built\": \"2026-03-02\"", "\"built\": \"2026-12-31\""));
        var (code, stdout, _) = Verify("--out", site.Out, "--public-key", publicKey, "--min-build-date", "2026-12-01");
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("签名无效", stdout);
    }

    [Fact]
    public void ManifestOfTheFirstFormat_StillVerifies_ButCannotMeetARequirement()
    {
        using var site = new TestSite();
        site.Doc("x/a.md", "title: 关于第一件事的通知");
        Build(site, "2026-03-02");
        var manifestFile = Path.Combine(site.Out, IntegrityManifest.ManifestPath);
        // What SiteGen 0.1 wrote: the files, no build.
        File.WriteAllBytes(manifestFile, new IntegrityManifest(Manifest(site.Out).Files).ToJson());
        Assert.Contains("sitegen-manifest/1", File.ReadAllText(manifestFile));
        var (code, stdout, _) = Verify("--out", site.Out);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("旧格式", stdout);
        (code, stdout, _) = Verify("--out", site.Out, "--min-build-date", "2026-01-01");
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("没有记录构建日期", stdout);
    }

    [Theory]
    [InlineData("--min-build-date", "2026/01/01", "不是 YYYY-MM-DD")]
    [InlineData("--expect-commit", "abc", "不是提交号")]
    [InlineData("--expect-commit", "zzzzzzzz", "不是提交号")]
    public void BadRequirement_IsAUsageError(string option, string value, string message)
    {
        using var site = new TestSite();
        site.Doc("x/a.md", "title: 关于第一件事的通知");
        Build(site, "2026-03-02");
        var (code, _, stderr) = Verify("--out", site.Out, option, value);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(message, stderr);
    }

    [Fact]
    [Slow]
    public void SourceCommit_ReadsWorktreesAndPackedRefs_WithoutGit()
    {
        using var site = new TestSite();
        site.Doc("x/a.md", "title: 关于第一件事的通知");
        var first = Commit(site, "第一版");
        Assert.Equal(first, SourceCommit.Of(Path.Combine(site.Root, "content")));
        Git(site.Root, "pack-refs", "--all");
        Assert.False(File.Exists(Path.Combine(site.Root, ".git", "refs", "heads", "main")), "the ref is packed now");
        Assert.Equal(first, SourceCommit.Of(site.Root));

        using var worktrees = new TempDir("sitegen-wt");
        var tree = Path.Combine(worktrees.Path, "wt");
        Git(site.Root, "worktree", "add", "-q", "-b", "other", tree);
        File.WriteAllText(Path.Combine(tree, "content", "new.txt"), "x");
        Git(tree, "add", "-A");
        Git(tree, "-c", "user.name=编辑", "-c", "user.email=editor@example.invalid", "commit", "-q", "-m", "在工作树中");
        var second = Git(tree, "rev-parse", "HEAD");
        Assert.NotEqual(first, second);
        Assert.Equal(second, SourceCommit.Of(tree));
        Assert.Equal(first, SourceCommit.Of(site.Root));

        Git(site.Root, "checkout", "-q", "--detach", first);
        Assert.Equal(first, SourceCommit.Of(site.Root));
    }

    [Fact]
    [Slow]
    public void Documented_ShellCheck_VerifiesTheSignatureAndEveryHash_WithoutSiteGen()
    {
        using var keys = new KeyPair();
        var (key, publicKey) = (keys.Key, keys.PublicKeyFile);
        using var site = new TestSite();
        site.Doc("x/a.md", "title: 关于第一件事的通知");
        Build(site, "2026-03-02", key);
        var doc = File.ReadAllText(Path.Combine(Repo.Root, "docs", "manifest.md"));
        var script = DocumentedScript(doc);
        (int Code, string Output) Run()
        {
            var psi = new ProcessStartInfo("bash", ["-euo", "pipefail", "-c", script]) { WorkingDirectory = site.Out, RedirectStandardOutput = true, RedirectStandardError = true };
            psi.Environment["PUBLIC_KEY"] = publicKey;
            using var bash = Process.Start(psi)!;
            var output = bash.StandardOutput.ReadToEnd() + bash.StandardError.ReadToEnd();
            bash.WaitForExit();
            return (bash.ExitCode, output);
        }
        var ok = Run();
        Assert.True(ok.Code == 0, ok.Output);
        Assert.Contains("Verified OK", ok.Output);

        File.AppendAllText(Path.Combine(site.Out, "x", "a.html"), "<!-- changed -->");
        var bad = Run();
        Assert.NotEqual(0, bad.Code);
        Assert.Contains("x/a.html", bad.Output);
    }

    /// <summary>The ```sh block of docs/manifest.md marked as the check without SiteGen.</summary>
    private static string DocumentedScript(string doc)
    {
        const string marker = "<!-- check-without-sitegen -->";
        var at = doc.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, "docs/manifest.md has no " + marker);
        var start = doc.IndexOf("```sh\n", at, StringComparison.Ordinal) + 6;
        var end = doc.IndexOf("```", start, StringComparison.Ordinal);
        return doc[start..end];
    }
}
