using System.Xml.Linq;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Theme;

/// <summary>What every site has around its documents: footer, 网站地图, sitemap.xml, feeds, 404, robots.txt.</summary>
public sealed class SiteChromeTests
{
    private const string Yml = TestSite.MinimalSiteYml + """

        base_url: "http://www.ceshi.gov.cn/"
        sponsor: 测试区人民政府办公室
        icp: 鲁ICP备00000000号
        police_record: 鲁公网安备 37010200000000号
        contact: {address: 测试路1号, phone: 0531-00000000, email: zwgk@ceshi.gov.cn}
        monitoring: {ipv6: true}
        """;

    [Fact]
    public void Footer_ComesFromSiteYml()
    {
        using var site = new TestSite(Yml).Doc("tzgg/a.md");
        site.Build().NoErrors();
        var footer = Html.Parse(site.Read("tzgg/a.html")).QuerySelector("footer.site-footer")!;
        var text = footer.Text();
        foreach (var expected in new[] { "主办单位：测试区人民政府办公室", "测试路1号", "0531-00000000", "zwgk@ceshi.gov.cn", "网站标识码：3701020099", "鲁ICP备00000000号", "鲁公网安备 37010200000000号", "本网站支持IPv6" })
            Assert.Contains(expected, text);
        Assert.Equal("sitemap.html", Html.Target("tzgg/a.html", footer.QuerySelectorAll("a").First(a => a.Text() == "网站地图")));
    }

    [Fact]
    public void Sitemaps_ListEveryColumn_AndTheXmlOneEveryPageWithAbsoluteUrls()
    {
        using var site = new TestSite(Yml).Doc("tzgg/a.md", "date: 2025-03-04");
        site.Build().NoErrors();
        var map = Html.Parse(site.Read("sitemap.html"));
        var names = map.Texts(".sitemap a");
        foreach (var column in new[] { "政府信息公开", "政府信息公开指南", "法定主动公开内容", "行政规范性文件", "会议公开", "政府信息公开年报", "政府公报" })
            Assert.Contains(column, names);
        var xml = XDocument.Parse(site.Read("sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = xml.Descendants(ns + "url").ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")?.Value);
        Assert.Equal("2025-03-04", locs["http://www.ceshi.gov.cn/tzgg/a.html"]);
        Assert.Contains("http://www.ceshi.gov.cn/xxgk/fdzdgk/tzgg/index.html", locs.Keys);
        Assert.Contains("Sitemap: http://www.ceshi.gov.cn/sitemap.xml", site.Read("robots.txt"));
    }

    [Fact]
    public void Feeds_AreAtom_ForTheSiteAndEachColumn()
    {
        using var site = new TestSite().Doc("tzgg/a.md", "title: 甲通知").Doc("gzdt/b.md", "category: 工作动态\ntitle: 乙动态");
        site.Build().NoErrors();
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var all = XDocument.Parse(site.Read("feed.xml"));
        Assert.Equal(atom + "feed", all.Root!.Name);
        Assert.Equal(new[] { "乙动态", "甲通知" }.Order(StringComparer.Ordinal), all.Root.Elements(atom + "entry").Select(e => e.Element(atom + "title")!.Value).Order(StringComparer.Ordinal));
        var column = XDocument.Parse(site.Read("xxgk/fdzdgk/tzgg/feed.xml"));
        var entry = Assert.Single(column.Root!.Elements(atom + "entry"));
        var href = entry.Element(atom + "link")!.Attribute("href")!.Value;
        Assert.True(site.Exists(Uri.UnescapeDataString(new Uri(new Uri("http://site/xxgk/fdzdgk/tzgg/feed.xml"), href).AbsolutePath.TrimStart('/'))), href);
        Assert.NotNull(Html.Parse(site.Read("xxgk/fdzdgk/tzgg/index.html")).QuerySelector("link[rel=alternate][type='application/atom+xml']"));
    }

    [Fact]
    public void NotFoundPage_And_Robots_AreWritten()
    {
        using var site = new TestSite().Doc("tzgg/a.md");
        site.Build().NoErrors();
        var page = Html.Parse(site.Read("404.html"));
        Assert.Equal("页面未找到", page.QuerySelector("h1").Text());
        Assert.Contains("返回首页", page.Texts("main a"));
        Assert.StartsWith("User-agent: *", site.Read("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void MainNavigation_MarksEachPagesSection_AndLinksFromItsOwnFolder()
    {
        // The header and navigation are rendered once per folder depth and section (include_cached
        // in base.sbn): every page must still get its own section marked and links from its folder.
        using var site = new TestSite().Doc("a.md").Doc("x/y/b.md", "category: 工作动态");
        site.Build().NoErrors();
        foreach (var (page, current) in new[] { ("index.html", "首页"), ("a.html", "政府信息公开"), ("x/y/b.html", "政府信息公开"), ("gongbao/index.html", "政府公报") })
        {
            var nav = Html.Parse(site.Read(page)).QuerySelector("nav.main-nav")!;
            Assert.Equal(current, Assert.Single(nav.QuerySelectorAll("[aria-current]")).Text());
            foreach (var a in nav.QuerySelectorAll("a")) Assert.True(site.Exists(Html.Target(page, a)), $"{page}: {a.GetAttribute("href")}");
        }
    }

    [Fact]
    public void IncludeCached_RendersAPartialOncePerListOfValues_AsMarkup()
    {
        using var site = new TestSite().Doc("a.md", "title: 甲").Doc("b.md", "title: 乙");
        var layouts = Path.Combine(site.Root, "layouts");
        Directory.CreateDirectory(Path.Combine(layouts, "partials"));
        File.WriteAllText(Path.Combine(layouts, "partials", "stamp.sbn"), "<b class=\"stamp\">{{ $1 }} {{ page.title }}</b>");
        File.WriteAllText(Path.Combine(layouts, "document.sbn"),
            "<h1>{{ doc.title }}</h1>{{ include_cached 'partials/stamp' page.kind }}<i>{{ include_cached 'partials/stamp' page.title }}</i>");
        site.Build().NoErrors();
        var a = Html.Parse(site.Read("a.html"));
        var b = Html.Parse(site.Read("b.html"));
        // Keyed by the kind alone: both pages show what the first one rendered.
        var shared = a.QuerySelector("main > b.stamp").Text();
        Assert.Contains(shared, new[] { "document 甲", "document 乙" });
        Assert.Equal(shared, b.QuerySelector("main > b.stamp").Text());
        // Keyed by the title: each page its own.
        Assert.Equal("甲 甲", a.QuerySelector("i > b.stamp").Text());
        Assert.Equal("乙 乙", b.QuerySelector("i > b.stamp").Text());
    }
}
