using SiteGen.Tests.Infrastructure;
using SiteGen.Tests.Theme;

namespace SiteGen.Tests.PolicyLibrary;

/// <summary>The 政策文件库 as built (AngleSharp): front matter, 有效性 by content kind, policy lists, the 汇编, the 解读 notice.</summary>
public sealed class PolicyLibraryPageTests
{
    [Fact]
    public void UnknownEntryOfTopics_IsAnError_AtItsLine()
    {
        using var site = new TestSite();
        site.Doc("a.md", "topics: [综合政务/政务公开, 科技教育/教育]");
        var d = site.Build().Single("unknown-topic");
        Assert.Equal(("content/a.md", 6), (d.Path, d.Line));
        Assert.Contains("科技、教育/教育", d.Hint);
    }

    [Fact]
    public void Validity_FollowsTheContentKind_NotTheColumnId()
    {
        using var site = new TestSite()
            .Doc("qtwj/a.md", "category: 其他文件\ntitle: 关于印发测试方案的通知")
            .Doc("tzgg/b.md", "category: 通知公告")
            .Doc("zcjd/c.md", "category: 政策解读\ntitle: 测试方案解读\ninterprets: qtwj/a");
        site.Build().NoErrors();
        var policy = Html.Parse(site.Read("qtwj/a.html")).MetaRows();
        Assert.Equal("有效", policy["有效性"]);
        Assert.Equal("通知", policy["文种"]);
        Assert.DoesNotContain("有效性", Html.Parse(site.Read("tzgg/b.html")).MetaRows().Keys);
        Assert.DoesNotContain("有效性", Html.Parse(site.Read("zcjd/c.html")).MetaRows().Keys);
    }

    [Fact]
    public void DocTypeAndTopics_SetInFrontMatter_AreShown()
    {
        using var site = new TestSite().Doc("gfxwj/a.md", "category: gfxwj\ntitle: 测试区若干规定\ndoc_type: 决定\ntopic: 综合政务/政务公开\ntopics: [科技、教育/教育, 综合政务/政务公开]");
        site.Build().NoErrors();
        var rows = Html.Parse(site.Read("gfxwj/a.html")).MetaRows();
        Assert.Equal("决定", rows["文种"]);
        Assert.Equal("综合政务\\政务公开；科技、教育\\教育", rows["主题分类"]);
    }

    [Fact]
    public void PolicyList_ShowsIndexNumberDocNumberWrittenDateAndValidity_AndTheOriginalForDownload()
    {
        using var site = new TestSite()
            .Add("gfxwj/yuanjian.pdf", "%PDF-1.4 test")
            .Doc("gfxwj/a.md", "category: gfxwj\ntitle: 测试办法\nindex_no: 11370000MB0000000X/2025-00001\ndoc_number: 测政发〔2025〕1号\nwritten: 2025-02-20\nattachments:\n  - {file: yuanjian.pdf, title: 原件}");
        site.Build().NoErrors();
        var list = Html.Parse(site.Read("xxgk/fdzdgk/zcwj/gfxwj/index.html"));
        var cells = list.QuerySelectorAll(".policy-table tbody td").Select(td => (td.GetAttribute("data-label"), td.TextContent.Trim())).ToList();
        Assert.Contains(("索引号", "11370000MB0000000X/2025-00001"), cells);
        Assert.Contains(("发文字号", "测政发〔2025〕1号"), cells);
        Assert.Contains(("成文日期", "2025-02-20"), cells);
        Assert.Contains(("有效性", "有效"), cells);
        Assert.Equal("gfxwj/yuanjian.pdf", Html.Target("xxgk/fdzdgk/zcwj/gfxwj/index.html", list.QuerySelector(".policy-table .download-link")));
        Assert.NotNull(list.QuerySelector("table[data-sortable]"));
        Assert.Equal("gfxwj/yuanjian.pdf", Html.Target("gfxwj/a.html", Html.Parse(site.Read("gfxwj/a.html")).QuerySelector(".policy-download a")));
    }

    [Fact]
    public void Compilation_ListsEachYearsPolicies_OldestFirst_WithoutInterpretationsOrNotices()
    {
        using var site = new TestSite()
            .Doc("gfxwj/b.md", "category: gfxwj\ntitle: 后发的办法\ndate: 2025-06-01\nvalidity: 废止\nvalidity_date: 2025-09-01\nreplaced_by: qtwj/c")
            .Doc("gfxwj/a.md", "category: gfxwj\ntitle: 先发的办法\ndate: 2025-02-01")
            .Doc("qtwj/c.md", "category: 其他文件\ntitle: 新的方案\ndate: 2025-08-01")
            .Doc("gfxwj/d.md", "category: gfxwj\ntitle: 往年的规定\ndate: 2024-05-01")
            .Doc("zcjd/j.md", "category: 政策解读\ntitle: 办法解读\ndate: 2025-06-02\ninterprets: gfxwj/b")
            .Doc("tzgg/n.md", "category: 通知公告\ntitle: 一则通知\ndate: 2025-03-01");
        site.Build().NoErrors();
        var index = Html.Parse(site.Read("xxgk/fdzdgk/zcwj/huibian/index.html"));
        Assert.Equal(["2025年", "2024年"], index.Texts(".archive-nav a"));
        var year = Html.Parse(site.Read("xxgk/fdzdgk/zcwj/huibian/2025.html"));
        Assert.Equal(["先发的办法", "后发的办法", "新的方案"], year.Texts(".compilation-item h2"));
        Assert.Contains(year.QuerySelectorAll(".compilation-item")[1].QuerySelectorAll("dd").Select(d => d.TextContent), t => t == "废止（2025-09-01）");
        Assert.Contains("huibian/index.html", Html.Parse(site.Read("xxgk/fdzdgk/zcwj/index.html")).QuerySelector(".compilation-link a")!.GetAttribute("href"));

        // The 解读 of the repealed policy says so and links the policy and what replaced it.
        var notice = Html.Parse(site.Read("zcjd/j.html")).QuerySelector(".interpreted-repealed")!;
        Assert.Contains("所解读的文件已于 2025-09-01 废止。", notice.TextContent);
        Assert.Equal(["后发的办法", "新的方案"], notice.QuerySelectorAll("a").Select(a => a.TextContent).ToList());
    }
}
