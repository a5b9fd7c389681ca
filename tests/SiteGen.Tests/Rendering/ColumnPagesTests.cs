using SiteGen.Rendering.Pages;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Theme;

/// <summary>The 政府信息公开 column, column lists, archives and the home page's entries.</summary>
public sealed class ColumnPagesTests
{
    [Fact]
    public void XxgkColumn_ShowsItsFourPartsExactlyNamed_AndFdzdgkListsItsSubColumns()
    {
        using var site = new TestSite().Doc("tzgg/a.md");
        site.Build().NoErrors();
        var page = Html.Parse(site.Read("xxgk/index.html"));
        Assert.Equal(["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报"], page.Texts(".card h2"));
        var fdzdgk = page.QuerySelectorAll(".card").Single(c => c.QuerySelector("h2").Text() == "法定主动公开内容");
        Assert.Equal(["政策文件", "政策解读", "通知公告", "工作动态", "意见征集", "建议提案办理", "会议公开"], fdzdgk.QuerySelectorAll(".sub-columns a").Select(a => a.Text()));
        Assert.Equal("xxgk/fdzdgk/zcwj/index.html", Html.Target("xxgk/index.html", fdzdgk.QuerySelector(".sub-columns a")));
        Assert.Equal(["政策文件", "政策解读", "通知公告", "工作动态", "意见征集", "建议提案办理", "会议公开"], Html.Parse(site.Read("xxgk/fdzdgk/index.html")).Texts(".card h2"));
    }

    [Fact]
    public void Home_HasIdentity_Navigation_EntriesWithTheFourParts_LatestItems_AndSearch()
    {
        using var site = new TestSite().Doc("tzgg/a.md", "title: 最新的通知");
        site.Build().NoErrors();
        var home = Html.Parse(site.Read("index.html"));
        Assert.Equal("测试区人民政府", home.QuerySelector(".site-name").Text());
        Assert.Equal(["首页", "政府信息公开", "政府公报"], home.Texts(".main-nav a"));
        var entries = home.QuerySelectorAll(".entry-grid > li");
        Assert.Equal(["政府信息公开", "政府公报"], entries.Select(e => e.QuerySelector("a").Text()));
        Assert.Equal(["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报"], entries[0].QuerySelectorAll(".sub-columns a").Select(a => a.Text()));
        Assert.Contains("最新的通知", home.Texts(".card .doc-list a"));
        Assert.NotNull(home.QuerySelector("form[role=search] input[name=q]#site-search"));
        Assert.Equal("全站搜索", home.QuerySelector("label[for=site-search]").Text());
    }

    [Fact]
    public void LeafColumn_ListsNewestFirst_Paginates_AndArchivesByYear()
    {
        using var site = new TestSite(TestSite.MinimalSiteYml + "\npage_size: 5\n");
        for (var i = 1; i <= 7; i++)
            site.Doc($"tzgg/n{i}.md", $"title: 通知{i}\ndate: {(i <= 2 ? 2024 : 2025)}-0{i}-10");
        site.Build().NoErrors();
        var first = Html.Parse(site.Read("xxgk/fdzdgk/tzgg/index.html"));
        Assert.Equal(["通知7", "通知6", "通知5", "通知4", "通知3"], first.Texts(".doc-list a"));
        Assert.Equal(["2025-07-10", "2025-06-10", "2025-05-10", "2025-04-10", "2025-03-10"], first.Texts(".doc-list time"));
        Assert.Equal("xxgk/fdzdgk/tzgg/page-2.html", Html.Target("xxgk/fdzdgk/tzgg/index.html", first.QuerySelector(".pager a[rel=next]")));
        Assert.Equal("1", first.QuerySelector(".pager [aria-current=page]").Text());
        var second = Html.Parse(site.Read("xxgk/fdzdgk/tzgg/page-2.html"));
        Assert.Equal(["通知2", "通知1"], second.Texts(".doc-list a"));
        Assert.Equal("xxgk/fdzdgk/tzgg/index.html", Html.Target("xxgk/fdzdgk/tzgg/page-2.html", second.QuerySelector(".pager a[rel=prev]")));
        Assert.Equal(["2025年", "2024年"], first.Texts(".archive-nav a"));
        var y2024 = Html.Parse(site.Read("xxgk/fdzdgk/tzgg/year-2024.html"));
        Assert.Equal(["通知2", "通知1"], y2024.Texts(".doc-list a"));
        Assert.Single(y2024.QuerySelectorAll("h1"));
    }

    [Fact]
    public void Pager_LinksTheFirstAndLastPageAndTwoEitherSide_WithGapsForTheRest()
    {
        string Row(int current, int count) => string.Join(" ", Pager.Window(current, Enumerable.Range(1, count).Select(n => $"p{n}.html").ToList())
            .Select(l => l.Gap ? "…" : l.Current ? $"[{l.Title}]" : l.Title));
        Assert.Equal("[1] 2 3 … 12", Row(1, 12));
        Assert.Equal("1 … 4 5 [6] 7 8 … 12", Row(6, 12));
        Assert.Equal("1 2 3 [4] 5 6 … 12", Row(4, 12));
        Assert.Equal("1 … 10 11 [12]", Row(12, 12));
        Assert.Equal("1 [2] 3", Row(2, 3));

        using var site = new TestSite(TestSite.MinimalSiteYml + "\npage_size: 5\n");
        for (var i = 1; i <= 60; i++) site.Doc($"tzgg/n{i:00}.md", $"title: 通知{i}\ndate: 2025-{1 + i / 28:00}-{1 + i % 28:00}");
        site.Build().NoErrors();
        var page6 = Html.Parse(site.Read("xxgk/fdzdgk/tzgg/page-6.html"));
        Assert.Equal("6", page6.QuerySelector(".pager [aria-current=page]").Text());
        Assert.Equal(["上一页", "1页", "4页", "5页", "7页", "8页", "12页", "下一页"], page6.Texts(".pager a"));
        Assert.Equal("xxgk/fdzdgk/tzgg/page-12.html", Html.Target("xxgk/fdzdgk/tzgg/page-6.html", page6.QuerySelectorAll(".pager a")[6]));
        Assert.Equal(2, page6.QuerySelectorAll(".pager [aria-hidden=true]").Length);
    }

    [Fact]
    public void EmptyColumn_SaysSoPlainly()
    {
        using var site = new TestSite().Doc("tzgg/a.md");
        site.Build().NoErrors();
        var page = Html.Parse(site.Read("xxgk/fdzdgk/hygk/index.html"));
        Assert.Equal("本栏目暂无信息。", page.QuerySelector("main .empty").Text());
        Assert.Empty(page.QuerySelectorAll("main .doc-list"));
    }

    [Fact]
    public void ColumnPage_MarksItselfCurrentInTheBreadcrumbs_AndCarriesColumnMetaTags()
    {
        using var site = new TestSite().Doc("tzgg/a.md");
        site.Build().NoErrors();
        var page = Html.Parse(site.Read("xxgk/fdzdgk/tzgg/index.html"));
        Assert.Equal(["首页", "政府信息公开", "法定主动公开内容", "通知公告"], page.Texts(".crumbs li"));
        Assert.Equal("通知公告", page.QuerySelector(".crumbs [aria-current=page]").Text());
        Assert.Equal(3, page.QuerySelectorAll(".crumbs a").Length);
        string Meta(string name) => page.QuerySelector($"meta[name={name}]")?.GetAttribute("content") ?? "";
        Assert.Equal("测试区人民政府", Meta("SiteName"));
        Assert.Equal("www.ceshi.gov.cn", Meta("SiteDomain"));
        Assert.Equal("3701020099", Meta("SiteIDCode"));
        Assert.Equal("通知公告", Meta("ColumnName"));
        Assert.Equal("通知公告类", Meta("ColumnType"));
        Assert.NotEmpty(Meta("ColumnDescription"));
        Assert.NotEmpty(Meta("ColumnKeywords"));
    }
}
