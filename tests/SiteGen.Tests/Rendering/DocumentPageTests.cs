using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Theme;

/// <summary>The document page's domain rules: metadata rows, validity, interpretations, attachments, proposals.</summary>
public sealed class DocumentPageTests
{
    [Fact]
    public void MetaTable_LeavesOutEmptyRows()
    {
        using var site = new TestSite().Doc("tzgg/bare.md");
        site.Build().NoErrors();
        var rows = Html.Parse(site.Read("tzgg/bare.html")).MetaRows();
        Assert.Equal(["发布机构", "发布日期"], rows.Keys);
        Assert.Equal("测试区人民政府办公室", rows["发布机构"]);
        Assert.Equal("2025-03-01", rows["发布日期"]);
    }

    [Fact]
    public void MetaTable_ShowsEveryGivenField_InTheUsualOrder()
    {
        using var site = new TestSite().Doc("zcwj/full.md", """
            category: 行政规范性文件
            index_no: 11370000MB0000000X/2025-00064
            topic: 综合政务/政务公开
            organ: 测试区人民政府
            written: 2025-02-20
            doc_number: 测政发[2025]3号
            date: 2025-03-01 09:30
            keywords: [政务公开, 测试]
            """);
        site.Build().NoErrors();
        var rows = Html.Parse(site.Read("zcwj/full.html")).MetaRows();
        Assert.Equal(["索引号", "主题分类", "发布机构", "成文日期", "发文字号", "发布日期", "文种", "有效性", "主题词"], rows.Keys);
        Assert.Equal("通知", rows["文种"]); // from the title, 关于测试工作的通知 (issue 23)
        Assert.Equal("综合政务\\政务公开", rows["主题分类"]);
        Assert.Equal("测政发〔2025〕3号", rows["发文字号"]);
        Assert.Equal("2025-02-20", rows["成文日期"]);
        Assert.Equal("2025-03-01 09:30", rows["发布日期"]);
        Assert.Equal("有效", rows["有效性"]);
        Assert.Equal("政务公开；测试", rows["主题词"]);
    }

    [Fact]
    public void RepealedDocument_ShowsNoticeWithDate_LinksItsReplacementAndTheRepealedList()
    {
        using var site = new TestSite()
            .Doc("zcwj/old.md", "category: 行政规范性文件\ntitle: 旧办法\nvalidity: 废止\nvalidity_date: 2025-07-03\nreplaced_by: zcwj/new")
            .Doc("zcwj/new.md", "category: 行政规范性文件\ntitle: 新办法\ndate: 2025-07-01");
        site.Build().NoErrors();
        var page = Html.Parse(site.Read("zcwj/old.html"));
        var notice = page.QuerySelector(".validity-notice")!;
        // Near the title: the first thing after the h1.
        Assert.Same(notice, page.QuerySelector("h1")!.NextElementSibling);
        Assert.Equal("本文件已于 2025-07-03 废止。", notice.QuerySelector("strong").Text());
        var links = notice.QuerySelectorAll("a").Select(a => (a.Text(), Html.Target("zcwj/old.html", a))).ToList();
        Assert.Equal([("新办法", "zcwj/new.html"), ("行政规范性文件废止和失效文件", "xxgk/fdzdgk/zcwj/gfxwj/repealed.html")], links);
        Assert.Equal("废止（2025-07-03）", page.MetaRows()["有效性"]);

        var list = Html.Parse(site.Read("xxgk/fdzdgk/zcwj/gfxwj/repealed.html"));
        // The 废止和失效 list: the repeal date and the replacement beside each document (issue 23).
        Assert.Equal(["旧办法", "新办法"], list.Texts(".policy-table tbody a:not(.download-link)"));
        Assert.Equal("废止", list.QuerySelector(".policy-table .badge-repealed").Text());
        Assert.Equal("2025-07-03", list.QuerySelector(".policy-table td[data-label=废止或失效日期]").Text());
        Assert.Equal("zcwj/new.html", Html.Target("xxgk/fdzdgk/zcwj/gfxwj/repealed.html", list.QuerySelector(".policy-table td[data-label=替代文件] a")));
        var column = Html.Parse(site.Read("xxgk/fdzdgk/zcwj/gfxwj/index.html"));
        Assert.Equal("xxgk/fdzdgk/zcwj/gfxwj/repealed.html", Html.Target("xxgk/fdzdgk/zcwj/gfxwj/index.html", column.QuerySelector(".repealed-link a")));
        Assert.Null(Html.Parse(site.Read("zcwj/new.html")).QuerySelector(".validity-notice"));
    }

    [Theory]
    [InlineData("validity: 失效\nvalidity_date: 2025-12-31", "本文件已于 2025-12-31 失效。")]
    [InlineData("validity: 已修订\nvalidity_date: 2025-06-30", "本文件已于 2025-06-30 修订。")]
    [InlineData("validity: 已修订", "本文件已修订。")]
    public void ValidityNotice_ReadsNaturally_ForEachKindOfValidity(string frontMatter, string notice)
    {
        using var site = new TestSite().Doc("zcwj/a.md", "category: 行政规范性文件\n" + frontMatter);
        site.Build().NoErrors();
        Assert.Equal(notice, Html.Parse(site.Read("zcwj/a.html")).QuerySelector(".validity-notice strong").Text());
    }

    [Fact]
    public void PolicyAndInterpretation_LinkBothWays_WithTheInterpretationForm()
    {
        using var site = new TestSite()
            .Doc("zcwj/policy.md", "category: 行政规范性文件\ntitle: 某某管理办法")
            .Doc("zcjd/jd1.md", "category: 政策解读\ntitle: 图解某某管理办法\ninterprets: zcwj/policy\ninterpretation_form: 图文解读\ndate: 2025-03-02")
            .Doc("zcjd/jd2.md", "category: 政策解读\ntitle: 专家谈某某管理办法\ninterprets: zcwj/policy\ndate: 2025-03-03");
        site.Build().NoErrors();
        var policy = Html.Parse(site.Read("zcwj/policy.html"));
        var items = policy.QuerySelectorAll(".interpretations li");
        Assert.Equal(2, items.Length);
        var forms = items.Select(li => (li.QuerySelector(".badge").Text(), li.QuerySelector("a").Text(), Html.Target("zcwj/policy.html", li.QuerySelector("a")))).OrderBy(x => x.Item2, StringComparer.Ordinal).ToList();
        Assert.Contains(("图文解读", "图解某某管理办法", "zcjd/jd1.html"), forms);
        Assert.Contains(("文字解读", "专家谈某某管理办法", "zcjd/jd2.html"), forms);

        var jd = Html.Parse(site.Read("zcjd/jd1.html"));
        var back = jd.QuerySelector(".interprets a")!;
        Assert.Equal(("某某管理办法", "zcwj/policy.html"), (back.Text(), Html.Target("zcjd/jd1.html", back)));
        Assert.Equal("图文解读", jd.MetaRows()["解读形式"]);
    }

    [Fact]
    public void Attachments_ShowTitleTypeAndSize_AndLinkTheFile()
    {
        using var site = new TestSite()
            .AddBytes("tzgg/fj1.pdf", new byte[3 * 1024])
            .Doc("tzgg/a.md", "attachments:\n  - {file: fj1.pdf, title: 附件1：报名表}");
        site.Build().NoErrors();
        var item = Html.Parse(site.Read("tzgg/a.html")).QuerySelector(".attachments li")!;
        Assert.Equal("附件1：报名表", item.QuerySelector("a").Text());
        Assert.Equal("tzgg/fj1.pdf", Html.Target("tzgg/a.html", item.QuerySelector("a")));
        Assert.Equal("（PDF，3 KB）", item.QuerySelector(".file-meta").Text());
        Assert.True(site.Exists("tzgg/fj1.pdf"));
    }

    [Fact]
    public void ProposalReply_ShowsKindNumberDatesAndDepartment()
    {
        using var site = new TestSite().Doc("jyta/a.md", """
            category: 建议提案办理
            title: 对第8号建议的答复
            proposal:
              kind: 人大代表建议
              number: 第8号
              received: 2025-02-27
              replied: 2025-05-26
              department: 测试区生态环境分局
            """);
        site.Build().NoErrors();
        var dl = Html.Parse(site.Read("jyta/a.html")).QuerySelector(".proposal dl")!;
        var pairs = dl.QuerySelectorAll("dt").Select(dt => (dt.Text(), dt.NextElementSibling.Text())).ToList();
        Assert.Equal([("类别", "人大代表建议"), ("编号", "第8号"), ("主办单位", "测试区生态环境分局"), ("收到日期", "2025-02-27"), ("答复日期", "2025-05-26")], pairs);
    }

    [Fact]
    public void DocumentPage_HasBreadcrumbs_PreviousNextInColumn_AndArticleMetaTags()
    {
        using var site = new TestSite()
            .Doc("tzgg/a.md", "title: 甲通知\ndate: 2025-01-01")
            .Doc("tzgg/b.md", "title: 乙通知\ndate: 2025-02-01\nkeywords: [测试]")
            .Doc("tzgg/c.md", "title: 丙通知\ndate: 2025-03-01");
        site.Build().NoErrors();
        var page = Html.Parse(site.Read("tzgg/b.html"));
        Assert.Equal(["首页", "政府信息公开", "法定主动公开内容", "通知公告", "正文"], page.Texts(".crumbs li"));
        // Columns list newest first, so the previous item is the newer one.
        Assert.Equal(["上一篇：丙通知", "下一篇：甲通知"], page.Texts("nav.prev-next li"));
        string Meta(string name) => page.QuerySelector($"meta[name={name}]")?.GetAttribute("content") ?? "";
        Assert.Equal("乙通知", Meta("ArticleTitle"));
        Assert.Equal("2025-02-01 00:00", Meta("PubDate"));
        Assert.Equal("测试区人民政府办公室", Meta("ContentSource"));
        Assert.Equal("测试", Meta("Keywords"));
        Assert.NotEmpty(Meta("Description"));
        Assert.Equal("通知公告", Meta("ColumnName"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("乙通知 - 测试区人民政府", page.Title);
    }
}
