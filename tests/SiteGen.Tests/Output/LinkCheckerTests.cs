using SiteGen.Output;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Deploy;

/// <summary>The build's link check: broken internal links, anchors and folder links are errors that name their source.</summary>
public sealed class LinkCheckerTests
{
    /// <summary>Replaces the footer (on every page) with one that holds the given link.</summary>
    private static void FooterWith(TestSite site, string link)
    {
        Directory.CreateDirectory(Path.Combine(site.Root, "layouts", "partials"));
        File.WriteAllText(Path.Combine(site.Root, "layouts", "partials", "footer.sbn"), $"<footer><a href=\"{link}\">链接</a></footer>\n");
    }

    [Fact]
    public void BrokenAnchorInContent_IsAnErrorOnTheLineOfTheContentFile()
    {
        using var site = new TestSite();
        site.Doc("x/a.md", body: "第一段。\n\n详见[第三条](#di-san-tiao)。");
        var result = site.Build();
        var d = result.Single("broken-link");
        Assert.Equal("content/x/a.md", d.Path);
        Assert.Equal(10, d.Line);
        Assert.Contains("x/a.html", d.Message);
        Assert.Contains("#di-san-tiao", d.Message);
        Assert.False(site.Exists("x/a.html"), "a failed build publishes nothing");
    }

    [Fact]
    public void Check_RunsTheLinkCheckToo()
    {
        using var site = new TestSite();
        site.Doc("x/a.md", body: "[第三条](#nope)");
        Assert.Equal("content/x/a.md", site.Build(write: false).Single("broken-link").Path);
    }

    [Fact]
    public void AnchorsThatExist_Pass_OnTheSamePageAndOnAnother()
    {
        using var site = new TestSite();
        site.Doc("x/b.md");
        site.Doc("x/a.md", body: "[跳到正文](#main)，[另一篇的正文](b.md#main)。");
        site.Build().NoErrors();
        Assert.Contains("href=\"../x/b.html#main\"", site.Read("x/a.html"));
    }

    [Fact]
    public void AnchorMissingOnAnotherDocument_IsReportedAtTheLink()
    {
        using var site = new TestSite();
        site.Doc("x/b.md");
        site.Doc("x/a.md", body: "见[另一篇](b.md#no-such-section)。");
        var d = site.Build().Single("broken-link");
        Assert.Equal(("content/x/a.md", 8), (d.Path, d.Line));
        Assert.Contains("x/b.html#no-such-section", d.Message);
    }

    [Fact]
    public void BrokenTemplateLink_IsOneErrorNamingAPageAndHowManyMoreHaveIt()
    {
        using var site = new TestSite();
        site.Doc("x/a.md");
        site.Doc("x/b.md");
        FooterWith(site, "{{ root }}nowhere.html");
        var result = site.Build();
        var d = result.Single("broken-link");
        Assert.Contains("nowhere.html", d.Message);
        Assert.Contains("指向的文件不存在", d.Message);
        Assert.Matches("另有 [0-9]+ 个页面", d.Message);
        Assert.Contains("模板", d.Hint);
    }

    [Fact]
    public void FolderLinkWithoutIndexHtml_IsAnError_BecauseItFailsFromDisk()
    {
        using var site = new TestSite();
        site.Doc("x/a.md");
        FooterWith(site, "{{ root }}xxgk/");
        var d = site.Build().Single("broken-link");
        Assert.Contains("index.html", d.Message);
        Assert.Contains("xxgk/", d.Message);
    }

    [Fact]
    public void LinkFromTheSiteRoot_IsAnError_BecauseItFailsUnderASubPath()
    {
        using var site = new TestSite();
        site.Doc("x/a.md");
        FooterWith(site, "/index.html");
        var d = site.Build().Single("broken-link");
        Assert.Contains("以“/”开头", d.Message);
        Assert.DoesNotContain("404.html", d.Message.Split('中')[0]);
    }

    [Fact]
    public void NotFoundPage_LinksFromThePathOfBaseUrl_AndThoseLinksAreChecked()
    {
        using var site = new TestSite(TestSite.MinimalSiteYml + "\nbase_url: http://www.ceshi.gov.cn/sub/path/\n");
        site.Doc("x/a.md");
        site.Build().NoErrors();
        Assert.Contains("href=\"/sub/path/css/site.css\"", site.Read("404.html"));
        Directory.CreateDirectory(Path.Combine(site.Root, "layouts"));
        File.WriteAllText(Path.Combine(site.Root, "layouts", "404.sbn"), "<a href=\"{{ root }}gone.html\">x</a> <a href=\"/elsewhere/index.html\">y</a>\n");
        var errors = site.Build().Diagnostics.Where(d => d.Code == "broken-link").Select(d => d.Message).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("/sub/path/gone.html") && e.Contains("指向的文件不存在"));
        Assert.Contains(errors, e => e.Contains("/elsewhere/index.html") && e.Contains("不在网站根路径 /sub/path/ 之下"));
    }

    [Fact]
    public void LinkClimbingAboveTheSite_IsAnError()
    {
        using var site = new TestSite();
        site.Doc("x/a.md");
        FooterWith(site, "{{ root }}../outside.html");
        var d = site.Build().Single("broken-link");
        Assert.Contains("超出了网站根目录：../outside.html", d.Message);
    }

    [Fact]
    public void ExternalLinks_AreListedNotChecked()
    {
        using var site = new TestSite();
        site.Doc("x/a.md", body: "[国务院](http://www.gov.cn/no/such/page.html)");
        var result = site.Build();
        result.NoErrors();
        Assert.Contains("http://www.gov.cn/no/such/page.html", result.ExternalLinks);
    }

    [Fact]
    public void Scanner_ReadsAttributesAsABrowserWould_AndSkipsCommentsAndScripts()
    {
        var page = HtmlLinkScanner.Scan("""
            <!DOCTYPE html><html><head>
            <meta http-equiv="refresh" content="0; url=../x/new.html">
            <!-- <a href="commented.html"> -->
            <script>var s = '<a href="in-script.html">';</script>
            <style>a[href="in-style.html"] {}</style>
            </head><body>
            <a href='single.html?a=1&amp;b=2#top' id=one>x</a>
            <img src=unquoted.png alt="">
            <img srcset="small.png 1x, large.png 2x" alt="">
            <form action="search.html"></form>
            <a name="legacy"></a><div ID="Two"></div>
            </body></html>
            """);
        Assert.Equal(["../x/new.html", "single.html?a=1&b=2#top", "unquoted.png", "small.png", "large.png", "search.html"], page.Links.Select(l => l.Url));
        Assert.Equal(["Two", "legacy", "one"], page.Ids.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("<p>x</p><a href=\"a.html\">a</a><script")]
    [InlineData("<a href=\"a.html\">a</a><!--")]
    [InlineData("<a href=\"a.html\">a</a><a href=\"b.html")]
    [InlineData("<a href=\"a.html\">a</a><")]
    public void Scanner_ReadsAPageCutShort_UpToWhereItEnds(string html)
    {
        // A page read back from disk can end anywhere; the scanner never reads past its end.
        var page = HtmlLinkScanner.Scan(html);
        Assert.Equal("a.html", page.Links[0].Url);
        Assert.Equal(page.Links.Select(l => l.Url), HtmlLinkScanner.Scan(html.AsSpan()).Links.Select(l => l.Url));
    }
}
