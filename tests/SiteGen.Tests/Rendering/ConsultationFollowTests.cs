using SiteGen.Tests.Infrastructure;
using SiteGen.Tests.Theme;

namespace SiteGen.Tests.Citizen;

/// <summary>意见征集 on lists and the home page: status and closing date, the 正在征集 block.</summary>
public sealed class ConsultationFollowTests
{
    private static TestSite Site()
    {
        var site = new TestSite();
        site.Doc("xxgk/yjzj/open.md", "category: 意见征集\ntitle: 甲办法征求意见\ndate: 2025-03-01\nconsultation:\n  start: 2025-03-01\n  end: 2025-03-31\n  channel: 信函");
        site.Doc("xxgk/yjzj/later.md", "category: 意见征集\ntitle: 乙办法征求意见\ndate: 2025-03-05\nconsultation:\n  start: 2025-04-10\n  end: 2025-05-10\n  channel: 信函");
        site.Doc("xxgk/yjzj/over.md", "category: 意见征集\ntitle: 丙办法征求意见\ndate: 2025-01-02\nconsultation:\n  start: 2025-01-02\n  end: 2025-02-02\n  channel: 信函");
        return site;
    }

    [Fact]
    public void ColumnList_ShowsStatusAndClosingDate_ForEachConsultation()
    {
        using var site = Site();
        site.Build("2025-03-15").NoErrors();
        var list = Html.Parse(site.Read("xxgk/fdzdgk/yjzj/index.html"));
        var rows = list.QuerySelectorAll(".doc-list li").ToDictionary(li => li.QuerySelector("a").Text(), li => li);
        Assert.Equal(3, rows.Count);
        (string Status, string Key, string End) Of(string title)
        {
            var badge = rows[title].QuerySelector(".consultation-status")!;
            return (badge.Text(), badge.ClassList.First(c => c.StartsWith("status-")), rows[title].QuerySelector(".consultation-meta time")!.GetAttribute("datetime")!);
        }
        Assert.Equal(("征集中", "status-open", "2025-03-31"), Of("甲办法征求意见"));
        Assert.Equal(("未开始", "status-pending", "2025-05-10"), Of("乙办法征求意见"));
        Assert.Equal(("已结束", "status-ended", "2025-02-02"), Of("丙办法征求意见"));
        // The browser recomputes from the dates it carries.
        Assert.Equal("2025-04-10", rows["乙办法征求意见"].QuerySelector(".consultation-status")!.GetAttribute("data-start"));
        // A document that is no consultation has no status.
        site.Doc("xxgk/yjzj/plain.md", "category: 意见征集\ntitle: 普通通知\ndate: 2025-03-02");
        site.Build("2025-03-15").NoErrors();
        var plain = Html.Parse(site.Read("xxgk/fdzdgk/yjzj/index.html")).QuerySelectorAll(".doc-list li").Single(li => li.QuerySelector("a").Text() == "普通通知");
        Assert.Null(plain.QuerySelector(".consultation-status"));
    }

    [Fact]
    public void HomePage_OpenBlock_ListsOpenAndComing_ClosingSoonestFirst()
    {
        using var site = Site();
        site.Build("2025-03-15").NoErrors();
        var home = Html.Parse(site.Read("index.html"));
        var block = home.QuerySelector(".open-consultations")!;
        Assert.Equal("正在征集", block.QuerySelector("h2").Text());
        Assert.Equal(["甲办法征求意见", "乙办法征求意见"], block.QuerySelectorAll("li > a").Select(a => a.Text()).ToList());
        Assert.Equal(["征集中", "未开始"], block.QuerySelectorAll(".consultation-status").Select(a => a.Text()).ToList());
        Assert.Contains("截止日期 2025-03-31", block.QuerySelector("li").Text());
        Assert.Equal("xxgk/fdzdgk/yjzj/index.html", Html.Target("index.html", block.QuerySelector(".more a")));
    }

    [Fact]
    public void HomePage_OpenBlock_SaysSoWhenNothingIsOpen()
    {
        using var site = Site();
        site.Build("2025-06-01").NoErrors();
        var block = Html.Parse(site.Read("index.html")).QuerySelector(".open-consultations")!;
        Assert.Empty(block.QuerySelectorAll("li"));
        Assert.Equal("目前没有正在征集意见的事项。", block.QuerySelector(".empty").Text());
    }

    [Fact]
    public void HomePage_WithoutConsultations_HasNoBlock()
    {
        using var site = new TestSite().Doc("xxgk/tzgg/a.md");
        site.Build().NoErrors();
        Assert.Null(Html.Parse(site.Read("index.html")).QuerySelector(".open-consultations"));
    }
}
