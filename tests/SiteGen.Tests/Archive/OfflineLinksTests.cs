using SiteGen.Archive;

namespace SiteGen.Tests.Bulletin;

public sealed class OfflineLinksTests
{
    [Theory]
    [InlineData("gongbao/2025/03/index.html", "../../../xxgk/a%20b.html#x", "xxgk/a b.html")]
    [InlineData("gongbao/2025/03/index.html", "art-01.html", "gongbao/2025/03/art-01.html")]
    [InlineData("gongbao/2025/03/index.html", "../../../search.html?q=1", "search.html")]
    [InlineData("index.html", "gongbao/", "gongbao/index.html")]
    [InlineData("index.html", "../x.html", "")]
    [InlineData("index.html", "/x.html", "")]
    [InlineData("index.html", "https://www.gov.cn/", null)]
    [InlineData("index.html", "//cdn.example/x.js", null)]
    [InlineData("index.html", "#main", null)]
    [InlineData("index.html", "mailto:a@b.cn", null)]
    public void Resolve_GivesTheSiteRootPath(string page, string url, string? expected) =>
        Assert.Equal(expected, OfflineLinks.Resolve(page, url));

    [Fact]
    public void Rewrite_KeepsLinksIntoTheZip_AndDropsOthers()
    {
        var html = """<a href="../b.html">B</a> <a class="x" href="../c.html#t">C</a> <a href="https://www.gov.cn/">gov</a> <form action="../search.html?x=1" method="get"></form> <img src="../p.png" alt="">""";
        var inZip = new HashSet<string> { "b.html", "p.png", "search.html", "f/index.html" };
        var result = OfflineLinks.Rewrite("f/index.html", html, inZip.Contains);
        Assert.Equal("""<a href="../b.html">B</a> <a class="x" data-offline="href">C</a> <a href="https://www.gov.cn/">gov</a> <form action="../search.html?x=1" method="get"></form> <img src="../p.png" alt="">""", result);
    }
}
