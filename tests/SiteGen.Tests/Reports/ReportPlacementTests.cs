using AngleSharp.Html.Parser;
using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Reports;

/// <summary>Where the data may live and where the tables go when the body lacks the official headings.</summary>
public sealed class ReportPlacementTests
{
    private const string Front = """
        title: 2024年政府信息公开工作年度报告
        category: 政府信息公开年报
        disclosure: 主动公开
        date: 2025-01-20
        report_year: 2024
        """;

    private const string Data = """
        applications:
          本年新收: [1, 0, 0, 0, 0, 0]
          上年结转: [0, 0, 0, 0, 0, 0]
          予以公开: [1, 0, 0, 0, 0, 0]
          结转下年度: [0, 0, 0, 0, 0, 0]
        appeals:
          行政复议: [0, 0, 0, 0]
          未经复议直接起诉: [0, 0, 0, 0]
          复议后起诉: [0, 0, 0, 0]
        """;

    [Fact]
    public void BodyWithoutTheHeadings_GetsTheSectionsInOfficialOrder()
    {
        using var site = new TestSite();
        site.Add("xxgk/nb/2024.md", $"---\n{Front}\n---\n\n## 一、总体情况\n\n总体。\n\n## 五、存在的主要问题及改进情况\n\n问题。\n")
            .Add("xxgk/nb/2024.report.yml", Data);
        site.Build().NoErrors();
        var page = new HtmlParser().ParseDocument(site.Read("xxgk/nb/2024.html"));
        var order = page.QuerySelectorAll("h2, table.report-table").Select(e => e.LocalName == "h2" ? e.TextContent[..2] : e.Id).ToList();
        Assert.Equal(["一、", "二、", "report-table-p1", "三、", "report-table-applications", "四、", "report-table-appeals", "五、"], order);
    }

    [Fact]
    public void MarkdownTableUnderATableSection_IsAWarning()
    {
        using var site = new TestSite();
        site.Add("xxgk/nb/2024.md", $"---\n{Front}\nreport:\n{Indent(Data)}\n---\n\n## 三、收到和处理政府信息公开申请情况\n\n| 项目 | 数量 |\n|---|---|\n| 新收 | 1 |\n");
        var result = site.Build();
        result.NoErrors();
        Assert.Equal(Severity.Warning, result.Single("report-duplicate-table").Severity);
    }

    [Fact]
    public void DataInFrontMatterAndSiblingFile_IsAnError()
    {
        using var site = new TestSite();
        site.Add("xxgk/nb/2024.md", $"---\n{Front}\nreport:\n{Indent(Data)}\n---\n\n正文。\n").Add("xxgk/nb/2024.report.yml", Data);
        Assert.Equal("content/xxgk/nb/2024.report.yml", site.Build().Single("report-data-twice").Path);
    }

    [Fact]
    public void DataWithoutReportYear_IsAnError()
    {
        using var site = new TestSite();
        site.Add("xxgk/nb/x.md", $"---\n{Front.Replace("report_year: 2024", "")}\nreport:\n{Indent(Data)}\n---\n\n正文。\n");
        Assert.Equal(Severity.Error, site.Build().Single("report-without-year").Severity);
    }

    private static string Indent(string yaml) => string.Join("\n", yaml.Split('\n').Select(l => "  " + l));
}
