using System.Formats.Tar;
using System.IO.Compression;
using SiteGen.Tests.Infrastructure;
using InProcess = SiteGen.Tests.Infrastructure.Cli;
using Xunit.Abstractions;

namespace SiteGen.Tests.Adoption;

/// <summary>
/// A government office without .NET: the released linux-x64 archive alone runs `init`, `build` and
/// `verify` in a folder outside the repository, with no .NET reachable (see <see cref="NoDotnet"/>).
/// </summary>
[Collection(ReleaseCollection.Name)]
[Slow]
public sealed class ReleaseArchiveTests(ITestOutputHelper output)
{
    [Fact]
    public void Archive_HoldsOneTopFolder_WithBinaryThemeTemplatesAndLicence_AndIsListedInSha256Sums()
    {
        var release = ReleasedSiteGen.Get();
        var top = $"sitegen-{release.Version}-{ReleasedSiteGen.Rid}";
        var names = new List<string>();
        using (var file = File.OpenRead(release.Archive))
        using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        using (var tar = new TarReader(gzip))
            while (tar.GetNextEntry() is { } entry) names.Add(entry.Name.TrimEnd('/'));
        Assert.All(names, n => Assert.True(n == top || n.StartsWith(top + "/", StringComparison.Ordinal), n));
        foreach (var required in new[] { "sitegen", "themes/default", "templates/site/site.yml", "templates/site/ci/publish.sh", "templates/site/.gitlab-ci.yml",
                     "templates/site/.github/workflows/publish.yml", "LICENSE", "THIRD-PARTY-NOTICES.md", "libcoreclr.so" })
            Assert.Contains(names, n => n == $"{top}/{required}" || n.StartsWith($"{top}/{required}/", StringComparison.Ordinal));

        var sums = File.ReadAllLines(Path.Combine(release.Dist, "SHA256SUMS"));
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(release.Archive)));
        Assert.Contains($"{hash}  {Path.GetFileName(release.Archive)}", sums);
    }

    [Fact]
    public void ReleasedBinary_PrintsTheVersionSiteGenVersionHolds()
    {
        var release = ReleasedSiteGen.Get();
        Assert.Equal(SiteGenVersion.Current, release.Version);
        var (code, text) = NoDotnet.Run(Path.GetTempPath(), [release.Binary, "--version"]);
        Assert.True(code == 0, text);
        Assert.Equal(SiteGenVersion.Current, text.Trim());
        // In-process too: the command line and the archive say the same.
        var inProcess = InProcess.Run("--version");
        Assert.Equal(0, inProcess.Code);
        Assert.Equal(SiteGenVersion.Current, inProcess.Out.Trim());
    }

    [Fact]
    public void ReleasedBinary_InitsBuildsAndVerifiesANewSite_OutsideTheRepository_WithNoDotnetReachable()
    {
        var release = ReleasedSiteGen.Get();
        output.WriteLine(NoDotnet.CanMask
            ? "no .NET: private mount namespace (unshare -m) with the .NET folders covered, PATH and DOTNET_* cleared"
            : "no .NET: PATH and DOTNET_* cleared (unshare -m not permitted here)");
        using var dir = new TempDir("sitegen-adopt");
        Assert.False(dir.Path.StartsWith(Repo.Root, StringComparison.Ordinal));
        var site = dir.File("zwgk-site");

        var init = NoDotnet.Run(dir.Path, [release.Binary, "init", site, "--name", "测试县人民政府", "--organ", "测试县人民政府办公室"]);
        Assert.True(init.Code == 0, init.Output);
        var build = NoDotnet.Run(site, [release.Binary, "build"]);
        Assert.True(build.Code == 0, build.Output);
        Assert.Contains("已生成", build.Output);
        Assert.Contains("测试县人民政府", File.ReadAllText(Path.Combine(site, "public", "index.html")));
        Assert.True(File.Exists(Path.Combine(site, "public", "css", "site.css")) || Directory.EnumerateFiles(Path.Combine(site, "public", "css")).Any(),
            "the theme's styles are missing: the archive's themes/ was not found");
        var verify = NoDotnet.Run(site, [release.Binary, "verify"]);
        Assert.True(verify.Code == 0, verify.Output);
    }
}

[CollectionDefinition(Name)]
public sealed class ReleaseCollection
{
    // Tests that use the released archive run one after another: one release build, one CPU hog.
    public const string Name = "release archive";
}
