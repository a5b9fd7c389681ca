using System.Diagnostics;
using System.Security.Cryptography;
using SiteGen.Build;
using SiteGen.Cli;
using SiteGen.Output;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Deploy;

/// <summary>防篡改: the manifest of a build, its signature, and `sitegen verify` naming every change.</summary>
public sealed class IntegrityTests
{
    private static TestSite BuiltSite(SigningKey? key = null)
    {
        var site = new TestSite();
        site.AddBytes("x/fj.pdf", "%PDF-1.4 附件"u8.ToArray());
        site.Doc("x/a.md", "attachments:\n  - file: fj.pdf\n    title: 附件一");
        site.Doc("x/b.md", "title: 关于第二件事的通知");
        var result = SiteBuilder.Build(new BuildOptions { SourceDir = site.Root, OutputDir = site.Out, AsOf = DateOnly.Parse("2026-01-01"), SigningKey = key });
        result.NoErrors();
        return site;
    }

    private static (int Code, string Out, string Err) Verify(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(["verify", .. args], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static (string PrivatePem, string PublicPem) NewKeyPair()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return (key.ExportPkcs8PrivateKeyPem(), key.ExportSubjectPublicKeyInfoPem());
    }

    [Fact]
    public void Manifest_ListsEveryFileWithItsSha256()
    {
        using var site = BuiltSite();
        var manifest = IntegrityManifest.Parse(File.ReadAllBytes(Path.Combine(site.Out, IntegrityManifest.ManifestPath)))!;
        var onDisk = OutputScanner.Hashes(site.Out);
        onDisk.Remove(IntegrityManifest.ManifestPath);
        Assert.Equal(onDisk.Keys, manifest.Files.Keys);
        foreach (var (path, hash) in onDisk) Assert.Equal(hash.ToLowerInvariant(), manifest.Files[path]);
        Assert.Contains("x/fj.pdf", manifest.Files.Keys);
        Assert.Contains("x/a.html.gz", manifest.Files.Keys);
        Assert.False(File.Exists(Path.Combine(site.Out, IntegrityManifest.SignaturePath)), "no key, no signature");
    }

    [Fact]
    public void Verify_OnAnUntouchedBuild_Succeeds()
    {
        using var site = BuiltSite();
        var (code, stdout, _) = Verify("--out", site.Out);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("一致", stdout);
    }

    [Fact]
    public void Verify_NamesEveryEditedAddedAndDeletedFile_AndFails()
    {
        using var site = BuiltSite();
        File.AppendAllText(Path.Combine(site.Out, "x/a.html"), "<script src=//evil.example/x.js></script>");
        File.WriteAllBytes(Path.Combine(site.Out, "x/fj.pdf"), "%PDF-1.4 伪造"u8.ToArray());
        File.WriteAllText(Path.Combine(site.Out, "x/evil.html"), "<h1>hacked</h1>");
        Directory.CreateDirectory(Path.Combine(site.Out, "new-dir"));
        File.WriteAllText(Path.Combine(site.Out, "new-dir/shell.php"), "<?php ?>");
        File.Delete(Path.Combine(site.Out, "x/b.html"));
        File.Delete(Path.Combine(site.Out, "css/site.css.gz"));
        var (code, stdout, stderr) = Verify("--out", site.Out);
        Assert.Equal(ExitCodes.ContentErrors, code);
        var lines = stdout.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("修改（changed）：x/a.html", lines);
        Assert.Contains("修改（changed）：x/fj.pdf", lines);
        Assert.Contains("新增（added）：x/evil.html", lines);
        Assert.Contains("新增（added）：new-dir/shell.php", lines);
        Assert.Contains("删除（removed）：x/b.html", lines);
        Assert.Contains("删除（removed）：css/site.css.gz", lines);
        Assert.Equal(6, lines.Count(l => l.Contains("（changed）") || l.Contains("（added）") || l.Contains("（removed）")));
        Assert.Contains("2 个新增，2 个删除，2 个修改", stderr);
    }

    [Fact]
    public void Verify_ReportsASymbolicLinkEvenToIdenticalContent()
    {
        using var site = BuiltSite();
        var page = Path.Combine(site.Out, "x/b.html");
        var copy = Path.Combine(site.Root, "b-copy.html");
        File.Move(page, copy);
        File.CreateSymbolicLink(page, copy);
        var (code, stdout, _) = Verify("--out", site.Out);
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("修改（changed）：x/b.html", stdout);
    }

    [Fact]
    public void Verify_WithoutAManifest_Fails()
    {
        using var site = BuiltSite();
        File.Delete(Path.Combine(site.Out, IntegrityManifest.ManifestPath));
        var (code, stdout, _) = Verify("--out", site.Out);
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("找不到清单", stdout);
    }

    [Fact]
    public void SignedManifest_VerifiesWithThePublicKey()
    {
        var (privatePem, publicPem) = NewKeyPair();
        using var key = SigningKey.FromPem(privatePem);
        using var site = BuiltSite(key);
        using var keys = new TempDir("sitegen-keys");
        File.WriteAllText(keys.File("pub.pem"), publicPem);
        var (code, stdout, _) = Verify("--out", site.Out, "--public-key", keys.File("pub.pem"));
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("签名有效", stdout);
        Assert.DoesNotContain(OutputScanner.AllTexts(site.Out), t => t.Text.Contains("PRIVATE KEY", StringComparison.Ordinal));
    }

    [Fact]
    public void TamperedSignedManifest_IsRejected_EvenWhenItMatchesTheTamperedFiles()
    {
        var (privatePem, publicPem) = NewKeyPair();
        using var key = SigningKey.FromPem(privatePem);
        using var site = BuiltSite(key);
        using var keys = new TempDir("sitegen-keys");
        File.WriteAllText(keys.File("pub.pem"), publicPem);
        // The attacker edits a page and rewrites the manifest to match; only the signature can tell.
        var page = Path.Combine(site.Out, "x/a.html");
        File.WriteAllText(page, "<h1>hacked</h1>");
        var manifestFile = Path.Combine(site.Out, IntegrityManifest.ManifestPath);
        var manifest = IntegrityManifest.Parse(File.ReadAllBytes(manifestFile))!;
        var forged = new SortedDictionary<string, string>(manifest.Files.ToDictionary(), StringComparer.Ordinal) { ["x/a.html"] = IntegrityManifest.Hash(page) };
        File.WriteAllBytes(manifestFile, new IntegrityManifest(forged).ToJson());
        Assert.Equal(ExitCodes.Ok, Verify("--out", site.Out).Code);

        var (code, stdout, _) = Verify("--out", site.Out, "--public-key", keys.File("pub.pem"));
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("签名无效", stdout);
    }

    [Fact]
    public void SignatureFromAnotherKey_OrNoSignature_IsRejected()
    {
        var (privatePem, _) = NewKeyPair();
        var (_, otherPublic) = NewKeyPair();
        using var key = SigningKey.FromPem(privatePem);
        using var signed = BuiltSite(key);
        using var unsigned = BuiltSite();
        using var keys = new TempDir("sitegen-keys");
        File.WriteAllText(keys.File("other.pem"), otherPublic);
        var (code, stdout, _) = Verify("--out", signed.Out, "--public-key", keys.File("other.pem"));
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("签名无效", stdout);
        (code, stdout, _) = Verify("--out", unsigned.Out, "--public-key", keys.File("other.pem"));
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("缺少签名", stdout);
    }

    [Fact]
    [Slow]
    public void Signature_IsCheckedByOpenSsl()
    {
        var (privatePem, publicPem) = NewKeyPair();
        using var key = SigningKey.FromPem(privatePem);
        using var site = BuiltSite(key);
        using var keys = new TempDir("sitegen-keys");
        File.WriteAllText(keys.File("pub.pem"), publicPem);
        var psi = new ProcessStartInfo("openssl", ["dgst", "-sha256", "-verify", keys.File("pub.pem"), "-signature",
            Path.Combine(site.Out, IntegrityManifest.SignaturePath), Path.Combine(site.Out, IntegrityManifest.ManifestPath)])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var openssl = Process.Start(psi)!;
        var output = openssl.StandardOutput.ReadToEnd() + openssl.StandardError.ReadToEnd();
        openssl.WaitForExit();
        Assert.True(openssl.ExitCode == 0, output);
        Assert.Contains("Verified OK", output);
    }

    [Fact]
    public void Build_SignsWithAKeyFromTheEnvironmentOrAFile_ButRefusesAKeyInsideTheSite()
    {
        var (privatePem, publicPem) = NewKeyPair();
        using var site = BuiltSite();
        using var keys = new TempDir("sitegen-keys");
        File.WriteAllText(keys.File("key.pem"), privatePem);
        File.WriteAllText(keys.File("pub.pem"), publicPem);
        var stderr = new StringWriter();
        Assert.Equal(ExitCodes.Ok, CommandLine.Run(["build", "--source", site.Root, "--as-of", "2026-01-01", "--sign-key", keys.File("key.pem")], new StringWriter(), stderr));
        Assert.Equal(ExitCodes.Ok, Verify("--out", site.Out, "--public-key", keys.File("pub.pem")).Code);

        File.WriteAllText(Path.Combine(site.Root, "key.pem"), privatePem);
        stderr = new StringWriter();
        Assert.Equal(ExitCodes.Usage, CommandLine.Run(["build", "--source", site.Root, "--sign-key", Path.Combine(site.Root, "key.pem")], new StringWriter(), stderr));
        Assert.Contains("私钥不能进入仓库", stderr.ToString());

        stderr = new StringWriter();
        Assert.Equal(ExitCodes.Usage, CommandLine.Run(["build", "--source", site.Root, "--sign-key", keys.File("pub.pem")], new StringWriter(), stderr));
        Assert.Contains("不是 PEM 格式的 ECDSA 私钥", stderr.ToString());
    }

    [Fact]
    public void SigningKeyText_NeverShowsInBuildOptions()
    {
        var (privatePem, _) = NewKeyPair();
        using var key = SigningKey.FromPem(privatePem);
        var options = new BuildOptions { SourceDir = "/x", AsOf = DateOnly.Parse("2026-01-01"), SigningKey = key };
        Assert.DoesNotContain("PRIVATE", options.ToString());
        Assert.DoesNotContain(privatePem.Split('\n')[1], options.ToString());
    }
}
