using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;
using SiteGen.Tests.Theme;

namespace SiteGen.Tests.Citizen;

/// <summary>政府网站检查指标 items in the footer: each printed, as a link where it has one, only where site.yml sets it.</summary>
public sealed class MonitoringFooterTests
{
    private const string Monitoring = """

        icp: 鲁ICP备12345678号
        police_record: 鲁公网安备 37010202000123号
        monitoring:
          gov_mark_url: https://bszs.conac.cn/sitename?method=show&id=ABC
          error_report_url: https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3701020099
          statement_url: xxgk/wzsm.html
          ipv6: true
        """;

    private static AngleSharp.Dom.IElement Footer(string yml)
    {
        using var site = new TestSite(TestSite.MinimalSiteYml + yml);
        site.Doc("xxgk/tzgg/a.md");
        site.Doc("xxgk/wzsm.md", "category: 政府信息公开\ntitle: 网站声明");   // the page statement_url names
        site.Build().NoErrors();
        var footer = Html.Parse(site.Read("xxgk/tzgg/a.html")).QuerySelector("footer")!;
        return footer;
    }

    [Fact]
    public void EveryItemSet_IsPrintedAndLinked()
    {
        var footer = Footer(Monitoring);
        var mark = footer.QuerySelector(".gov-mark a")!;
        Assert.Equal("https://bszs.conac.cn/sitename?method=show&id=ABC", mark.GetAttribute("href"));
        Assert.Equal("images/gov-mark-placeholder.png", Html.Target("xxgk/tzgg/a.html", mark.QuerySelector("img")!.GetAttribute("src")!));
        Assert.Contains("党政机关", mark.QuerySelector("img")!.GetAttribute("alt"));
        Assert.Equal("https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3701020099", footer.QuerySelectorAll("a").Single(a => a.Text() == "我为政府网站找错").GetAttribute("href"));
        Assert.Equal("xxgk/wzsm.html", Html.Target("xxgk/tzgg/a.html", footer.QuerySelectorAll("a").Single(a => a.Text() == "网站声明")));
        Assert.Equal("https://beian.miit.gov.cn/", footer.QuerySelectorAll("a").Single(a => a.Text() == "鲁ICP备12345678号").GetAttribute("href"));
        Assert.Equal("https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=37010202000123", footer.QuerySelectorAll("a").Single(a => a.Text().StartsWith("鲁公网安备")).GetAttribute("href"));
        Assert.Contains("网站标识码：3701020099", footer.TextContent);
        Assert.Contains("本网站支持IPv6", footer.TextContent);
    }

    [Fact]
    public void ItemsNotSet_AreNotPrinted()
    {
        var footer = Footer("");
        Assert.Null(footer.QuerySelector(".gov-mark"));
        Assert.DoesNotContain("IPv6", footer.TextContent);
        Assert.DoesNotContain("我为政府网站找错", footer.TextContent);
        Assert.DoesNotContain("网站声明", footer.TextContent);
        Assert.DoesNotContain("备", footer.TextContent);
    }

    [Fact]
    public void PlaceholderMark_IsShippedAndSaysItIsOne()
    {
        using var site = new TestSite(TestSite.MinimalSiteYml + Monitoring);
        site.Doc("xxgk/tzgg/a.md");
        site.Doc("xxgk/wzsm.md", "category: 政府信息公开\ntitle: 网站声明");
        site.Build().NoErrors();
        // A PNG (the output never carries SVG, which can hold script), 110×55 CSS px at 2× resolution.
        var png = File.ReadAllBytes(Path.Combine(site.Out, "images/gov-mark-placeholder.png"));
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
        Assert.Equal((220, 110), (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
    }

    [Theory]
    [InlineData("monitoring: {gov_mark_url: javascript:alert(1)}", "gov_mark_url")]
    [InlineData("monitoring: {error_report_url: zfwzgl.www.gov.cn/jiucuo}", "error_report_url")]
    [InlineData("application: {online_url: ftp://ysq.example/}", "online_url")]
    public void BadLinks_AreErrorsInSiteYml(string yml, string key)
    {
        using var site = new TestSite(TestSite.MinimalSiteYml + "\n" + yml + "\n");
        site.Doc("xxgk/tzgg/a.md");
        var result = site.Build();
        var d = result.Diagnostics.Single(x => x.Code == "bad-value" && x.Message.Contains(key));
        Assert.Equal((Severity.Error, "site.yml"), (d.Severity, d.Path));
        Assert.True(d.Line > 20, d.ToString());
    }
}
