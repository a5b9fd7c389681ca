using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Theme;

/// <summary>意见征集: status computed at build time (--as-of), dates, channel and the 意见采纳情况 link.</summary>
public sealed class ConsultationStatusTests
{
    private static TestSite Site(string result = "") => new TestSite().Doc("yjzj/a.md", $"""
        category: 意见征集
        title: 关于某某办法（征求意见稿）公开征求意见的公告
        date: 2025-03-01
        consultation:
          start: 2025-03-01
          end: 2025-03-31
          channel: 电子邮件 yjzj@ceshi.gov.cn
        {result}
        """);

    [Theory]
    [InlineData("2025-03-01", "征集中", "open")]   // the first day counts
    [InlineData("2025-03-31", "征集中", "open")]   // and the last
    [InlineData("2025-04-01", "已结束", "ended")]
    [InlineData("2026-01-01", "已结束", "ended")]
    public void Status_OnTheBuildDate(string asOf, string status, string key)
    {
        using var site = Site();
        site.Build(asOf).NoErrors();
        var section = Html.Parse(site.Read("yjzj/a.html")).QuerySelector(".consultation")!;
        var badge = section.QuerySelector(".consultation-status")!;
        Assert.Equal(status, badge.Text());
        Assert.Contains($"status-{key}", badge.ClassList);
        // The reader's browser recomputes the status from these (site.js).
        Assert.Equal("2025-03-01", badge.GetAttribute("data-start"));
        Assert.Equal("2025-03-31", badge.GetAttribute("data-end"));
        var pairs = section.QuerySelectorAll("dt").ToDictionary(dt => dt.Text(), dt => dt.NextElementSibling.Text());
        Assert.Equal("2025-03-01 至 2025-03-31（共 31 天）", pairs["起止时间"]);
        Assert.Equal("电子邮件 yjzj@ceshi.gov.cn", pairs["反馈方式"]);
        Assert.False(pairs.ContainsKey("意见采纳情况"));
    }

    [Fact]
    public void Status_IsNotStarted_BeforeTheFirstDay()
    {
        // Published before the period opens (预公开): date earlier than start.
        using var site = new TestSite().Doc("yjzj/a.md", """
            category: 意见征集
            date: 2025-02-20
            consultation:
              start: 2025-03-01
              end: 2025-03-31
              channel: 信函
            """);
        site.Build("2025-02-28").NoErrors();
        Assert.Equal("未开始", Html.Parse(site.Read("yjzj/a.html")).QuerySelector(".consultation-status").Text());
    }

    [Fact]
    public void Result_IsLinkedOncePublished()
    {
        using var site = Site("  result: tzgg/cn");
        site.Doc("tzgg/cn.md", "title: 某某办法意见采纳情况的说明\ndate: 2025-04-20");
        site.Build("2025-04-10").NoErrors();
        Assert.Null(Html.Parse(site.Read("yjzj/a.html")).QuerySelector(".consultation a"));
        site.Build("2025-05-01").NoErrors();
        var link = Html.Parse(site.Read("yjzj/a.html")).QuerySelector(".consultation a")!;
        Assert.Equal(("某某办法意见采纳情况的说明", "tzgg/cn.html"), (link.Text(), Html.Target("yjzj/a.html", link)));
    }
}
