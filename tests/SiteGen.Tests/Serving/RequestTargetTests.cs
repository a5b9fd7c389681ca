using SiteGen.Serving;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Serving;

/// <summary>
/// The serving stage's path rules without starting a server (fast tier): the raw request target
/// becomes a path inside the site or is refused, dot-files are hidden, and a link inside the site
/// folder cannot lead out of it. ServeTests checks the same through Kestrel.
/// </summary>
public sealed class RequestTargetTests
{
    [Theory]
    [InlineData("/", "")]
    [InlineData("/xxgk/index.html?page=2#top", "xxgk/index.html")]
    [InlineData("/./xxgk//zn/", "xxgk/zn")]
    [InlineData("http://www.ceshi.gov.cn/gongbao/2026/", "gongbao/2026")]
    [InlineData("/%E6%94%BF%E5%8A%A1.html", "政务.html")]
    public void Target_BecomesASitePath(string raw, string expected) => Assert.Equal(expected, RequestTarget.Parse(raw));

    [Theory]
    [InlineData("xxgk/index.html")]
    [InlineData("/../etc/passwd")]
    [InlineData("/%2e%2e/etc/passwd")]
    [InlineData("/%252e%252e/etc/passwd")]
    [InlineData("/xxgk/..%2f..%2fetc/passwd")]
    [InlineData("/xxgk\\..\\secret")]
    [InlineData("/index.html%00.txt")]
    [InlineData("/ .. /secret")]
    [InlineData("/%2525252525252e%2525252525252e/secret")]
    public void ClimbingOut_IsRefused(string raw) => Assert.Null(RequestTarget.Parse(raw));

    [Theory]
    [InlineData(".sitegen/manifest.json", true)]
    [InlineData("xxgk/.git/config", true)]
    [InlineData(".well-known/security.txt", false)]
    [InlineData("xxgk/index.html", false)]
    public void DotFiles_AreHidden_ExceptWellKnown(string path, bool hidden) => Assert.Equal(hidden, RequestTarget.IsHidden(path));

    [Fact]
    public void ALinkInsideTheSite_LeadingOut_IsNotFound()
    {
        using var dir = new TempDir("sitegen-serve-paths");
        var site = Directory.CreateDirectory(dir.File("public")).FullName;
        File.WriteAllText(dir.File("secret.txt"), "secret");
        File.WriteAllText(Path.Combine(site, "index.html"), "<p>home</p>");
        File.CreateSymbolicLink(Path.Combine(site, "out.txt"), dir.File("secret.txt"));
        File.CreateSymbolicLink(Path.Combine(site, "home.html"), Path.Combine(site, "index.html"));

        var folder = new SiteFolder(site);
        Assert.Null(folder.Find("out.txt"));
        Assert.Null(folder.Find("../secret.txt"));
        Assert.Equal(Path.Combine(site, "index.html"), folder.Find("home.html"));
    }
}
