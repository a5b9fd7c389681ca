using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Reports;

/// <summary>
/// The sample site's report pages: the official table layouts with their merged header cells,
/// each number in the cell whose headers name its row and column, tables placed under their
/// sections, accessible charts, and the comparison page.
/// </summary>
public sealed class ReportRenderingTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private IDocument Page(string path) => new HtmlParser().ParseDocument(sample.Read(path));

    /// <summary>The text of the data cell whose `headers` include headers with exactly these texts.</summary>
    private static string Cell(IElement table, params string[] headerTexts)
    {
        var ids = table.QuerySelectorAll("th[id]").ToDictionary(th => th.Id!, th => th.TextContent.Trim());
        var matches = table.QuerySelectorAll("td[headers]")
            .Where(td => headerTexts.All(h => td.GetAttribute("headers")!.Split(' ').Any(id => ids[id] == h)))
            .ToList();
        Assert.True(matches.Count == 1, $"{matches.Count} cells under {string.Join(" / ", headerTexts)}");
        return matches[0].TextContent.Trim();
    }

    [Fact]
    public void ApplicationsTable_HasTheOfficialMergedHeader()
    {
        var table = Page("xxgk/nb/2024.html").QuerySelector("#report-table-applications")!;
        Assert.Equal("收到和处理政府信息公开申请情况", table.QuerySelector("caption")!.TextContent);
        var head = table.QuerySelectorAll("thead tr").ToList();
        Assert.Equal(3, head.Count);
        var corner = head[0].Children[0];
        Assert.Equal(("td", "3", "3"), (corner.LocalName, corner.GetAttribute("colspan"), corner.GetAttribute("rowspan")));
        Assert.Contains("第一项加第二项之和，等于第三项加第四项之和", corner.TextContent);
        Assert.Equal(("申请人情况", "7", "colgroup"), (head[0].Children[1].TextContent, head[0].Children[1].GetAttribute("colspan"), head[0].Children[1].GetAttribute("scope")));
        Assert.Equal(["自然人", "法人或其他组织", "总计"], head[1].Children.Select(c => c.TextContent));
        Assert.Equal(["2", "5", "2"], head[1].Children.Select(c => c.GetAttribute("rowspan") ?? c.GetAttribute("colspan")!));
        Assert.Equal(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"], head[2].Children.Select(c => c.TextContent));
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.NotNull(th.GetAttribute("scope")));
    }

    [Fact]
    public void ApplicationsTable_HasTheOfficialRowsAndGroups()
    {
        var table = Page("xxgk/nb/2024.html").QuerySelector("#report-table-applications")!;
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(25, rows.Count);
        Assert.All(rows, r => Assert.Equal(7, r.QuerySelectorAll("td").Length));
        var rowSpans = table.QuerySelectorAll("tbody th[rowspan]").ToDictionary(th => th.TextContent, th => th.GetAttribute("rowspan"));
        Assert.Equal("22", rowSpans["三、本年度办理结果"]);
        Assert.Equal("8", rowSpans["（三）不予公开"]);
        Assert.Equal("3", rowSpans["（四）无法提供"]);
        Assert.Equal("5", rowSpans["（五）不予处理"]);
        Assert.Equal("3", rowSpans["（六）其他处理"]);
        Assert.Equal("一、本年新收政府信息公开申请数量", rows[0].QuerySelector("th")!.TextContent);
        Assert.Equal("3", rows[0].QuerySelector("th")!.GetAttribute("colspan"));
        Assert.Equal("（七）总计", rows[23].QuerySelector("th")!.TextContent);
        Assert.Equal("四、结转下年度继续办理", rows[24].QuerySelector("th")!.TextContent);
        Assert.All(table.QuerySelectorAll("tbody th"), th => Assert.Contains(th.GetAttribute("scope"), new[] { "row", "rowgroup" }));
    }

    [Fact]
    public void ApplicationsTable_PutsEachNumberUnderItsRowAndColumn()
    {
        var table = Page("xxgk/nb/2024.html").QuerySelector("#report-table-applications")!;
        Assert.Equal("128", Cell(table, "一、本年新收政府信息公开申请数量", "自然人"));
        Assert.Equal("156", Cell(table, "一、本年新收政府信息公开申请数量", "总计"));
        Assert.Equal("2", Cell(table, "（三）不予公开", "4.保护第三方合法权益", "商业企业"));
        Assert.Equal("1", Cell(table, "（三）不予公开", "7.属于行政执法案卷", "法律服务机构"));
        Assert.Equal("151", Cell(table, "（七）总计", "总计"));
        Assert.Equal("5", Cell(table, "四、结转下年度继续办理", "总计"));
        // Every data cell names existing headers of its own table.
        var ids = table.QuerySelectorAll("th[id]").Select(th => th.Id).ToHashSet();
        Assert.All(table.QuerySelectorAll("td[headers]"), td => Assert.All(td.GetAttribute("headers")!.Split(' '), id => Assert.Contains(id, ids)));
    }

    [Fact]
    public void AppealsTable_HasReviewAndTwoKindsOfSuit()
    {
        var table = Page("xxgk/nb/2025.html").QuerySelector("#report-table-appeals")!;
        var head = table.QuerySelectorAll("thead tr").ToList();
        Assert.Equal(["行政复议", "行政诉讼"], head[0].Children.Select(c => c.TextContent));
        Assert.Equal(["5", "10"], head[0].Children.Select(c => c.GetAttribute("colspan")!));
        Assert.Equal(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"], head[1].Children.Select(c => c.TextContent));
        Assert.Equal(10, head[2].Children.Length);
        Assert.Equal(15, table.QuerySelectorAll("tbody td").Length);
        Assert.Equal("3", Cell(table, "行政复议", "总计"));
        Assert.Equal("1", Cell(table, "复议后起诉", "尚未审结"));
        Assert.Equal("0", Cell(table, "未经复议直接起诉", "结果纠正"));
    }

    [Fact]
    public void ProactiveTables_ShowComputedAndTypedFigures()
    {
        var page = Page("xxgk/nb/2025.html");
        var documents = page.QuerySelector("#report-table-p1")!;
        Assert.Equal("4", documents.QuerySelector("th[colspan='4']")!.GetAttribute("colspan"));
        Assert.Equal("4", Cell(documents, "行政规范性文件", "本年制发件数"));
        Assert.Equal("0", Cell(documents, "行政规范性文件", "本年废止件数"));
        Assert.Equal("4", Cell(documents, "行政规范性文件", "现行有效件数"));
        Assert.Equal("1610", Cell(page.QuerySelector("#report-table-p5")!, "行政许可", "本年处理决定数量"));
        Assert.Equal("2", Cell(page.QuerySelector("#report-table-p6")!, "行政强制", "本年处理决定数量"));
        Assert.Equal("118.7", Cell(page.QuerySelector("#report-table-p8")!, "行政事业性收费", "本年收费金额（单位：万元）"));
        // 2024 has no typed 行政规范性文件 row: the site's documents give it, and the note says so.
        var computed = Page("xxgk/nb/2024.html").QuerySelector("#report-table-p1")!;
        Assert.Contains("行政规范性文件的件数由本站按已发布的文件统计", computed.ParentElement!.TextContent);
    }

    [Fact]
    public void Tables_StandUnderTheirSectionHeadings()
    {
        var page = Page("xxgk/nb/2024.html");
        var order = page.QuerySelectorAll("h2, table.report-table").Select(e => e.LocalName == "h2" ? e.TextContent[..2] : e.Id!).ToList();
        var s2 = order.IndexOf("二、");
        var s3 = order.IndexOf("三、");
        var s4 = order.IndexOf("四、");
        var s5 = order.IndexOf("五、");
        Assert.True(s2 < order.IndexOf("report-table-p1") && order.IndexOf("report-table-p8") < s3, string.Join(",", order));
        Assert.True(s3 < order.IndexOf("report-table-applications") && order.IndexOf("report-table-applications") < s4, string.Join(",", order));
        Assert.True(s4 < order.IndexOf("report-table-appeals") && order.IndexOf("report-table-appeals") < s5, string.Join(",", order));
    }

    [Fact]
    public void Charts_AreImagesWithATextAlternativeGivingEveryValue()
    {
        var page = Page("xxgk/nb/2024.html");
        var chart = page.QuerySelector("#report-chart-outcomes-title")!.ParentElement!;
        Assert.Equal(("svg", "img"), (chart.LocalName, chart.GetAttribute("role")));
        Assert.Equal("report-chart-outcomes-title report-chart-outcomes-desc", chart.GetAttribute("aria-labelledby"));
        var desc = page.QuerySelector("#report-chart-outcomes-desc")!.TextContent;
        Assert.Contains("予以公开 64", desc);
        Assert.Contains("结转下年度 5", desc);
        // Values are written on the bars, not left to colour.
        Assert.Contains("64", chart.QuerySelectorAll("text").Select(t => t.TextContent));
        Assert.Empty(page.QuerySelectorAll("svg script, svg [style]"));
    }

    [Fact]
    public void ReportPages_HaveUniqueIds()
    {
        foreach (var path in new[] { "xxgk/nb/2024.html", "xxgk/nb/2025.html", "xxgk/nb/compare.html" })
        {
            var ids = Page(path).QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.True(ids.Count == ids.Distinct().Count(), $"{path}: duplicate ids {string.Join(",", ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))}");
        }
    }

    [Fact]
    public void ComparisonPage_ListsKeyFiguresByYear()
    {
        var page = Page("xxgk/nb/compare.html");
        var table = page.QuerySelector("table.report-table")!;
        Assert.Equal(["项目", "2024年", "2025年"], table.QuerySelectorAll("thead th").Select(t => t.TextContent));
        Assert.Equal("156", Cell(table, "本年新收申请", "2024年"));
        Assert.Equal("142", Cell(table, "本年新收申请", "2025年"));
        Assert.Equal("5", Cell(table, "上年结转申请", "2025年"));
        Assert.Equal("1610", Cell(table, "行政许可处理决定数量", "2025年"));
        Assert.Equal(2, page.QuerySelectorAll("svg[role='img']").Length);
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "../../xxgk/nb/2025.html");
        // Each report links to the comparison and to last year's report.
        var report = Page("xxgk/nb/2025.html");
        Assert.Contains(report.QuerySelectorAll("nav.report-links a"), a => a.GetAttribute("href") == "../../xxgk/nb/compare.html");
        Assert.Contains(report.QuerySelectorAll("nav.report-links a"), a => a.GetAttribute("href") == "../../xxgk/nb/2024.html");
    }
}
