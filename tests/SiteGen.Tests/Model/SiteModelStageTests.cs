using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Model;

/// <summary>The model stage, run after load, validate and gate without rendering: links, references and the annual reports.</summary>
public sealed class SiteModelStageTests
{
    private const string Report = "title: 2024年政府信息公开工作年度报告\ncategory: 政府信息公开年报\nreport_year: 2024";

    [Fact]
    public void PublishedReport_IsInTheModelsReports_WithItsFrontMatterData()
    {
        using var site = new TestSite();
        site.Doc("xxgk/nb/2024.md", Report + "\nreport:\n  proactive:\n    行政许可: 7").Doc("xxgk/tzgg/a.md");

        var run = FrontStages.Run(site);

        Assert.False(run.Diagnostics.HasErrors, string.Join("\n", run.Diagnostics.Sorted()));
        var report = Assert.Single(run.Site.Reports.All);
        Assert.Equal(("xxgk/nb/2024", 2024), (report.Document.Id, report.Year));
        Assert.Equal(7m, report.Data!.Proactive.Decisions["行政许可"].Value);
        Assert.Same(report, run.Site.Reports.Of(run.Site.ById["xxgk/nb/2024"]));
        Assert.Null(run.Site.Reports.Of(run.Site.ById["xxgk/tzgg/a"]));
    }

    [Fact]
    public void ReportDataInASiblingFile_IsRead()
    {
        using var site = new TestSite();
        site.Doc("xxgk/nb/2024.md", Report).Add("xxgk/nb/2024.report.yml", "proactive:\n  行政处罚: 3\n");

        var report = Assert.Single(FrontStages.Run(site).Site.Reports.All);

        Assert.Equal(3m, report.Data!.Proactive.Decisions["行政处罚"].Value);
    }

    [Fact]
    public void WithheldReport_IsNotAReport()
    {
        using var site = new TestSite();
        site.Doc("xxgk/nb/2024.md", Report + "\ndraft: true");

        var run = FrontStages.Run(site);

        Assert.Empty(run.Site.Reports.All);
        Assert.Equal(["xxgk/nb/2024"], run.Published.WithheldDocuments.Select(d => d.Id));
    }

    [Fact]
    public void ReportDataWithoutAYear_IsAnError()
    {
        using var site = new TestSite();
        site.Doc("xxgk/nb/2024.md", "category: 政府信息公开年报\nreport:\n  proactive:\n    行政许可: 7");

        var error = Assert.Single(FrontStages.Run(site).With("report-without-year"));

        Assert.Equal((Severity.Error, "content/xxgk/nb/2024.md"), (error.Severity, error.Path));
    }

    [Fact]
    public void ReferenceToAWithheldDocument_IsAWarning_AndToNothing_AnError()
    {
        using var site = new TestSite();
        site.Doc("xxgk/zcjd/jd.md", "category: 政策解读\ninterprets: [xxgk/zcwj/draft, xxgk/zcwj/missing]")
            .Doc("xxgk/zcwj/draft.md", "category: 其他文件\ndraft: true");

        var run = FrontStages.Run(site);

        Assert.Equal(["xxgk/zcjd/jd"], run.Site.Documents.Select(d => d.Id));
        Assert.Contains("xxgk/zcwj/draft", Assert.Single(run.With("unpublished-ref")).Message);
        Assert.Contains("xxgk/zcwj/missing", Assert.Single(run.With("broken-ref")).Message);
    }

    [Fact]
    public void ColumnIntro_ReachesTheModelAsMarkdown()
    {
        using var site = new TestSite();
        site.Add("xxgk/fdzdgk/tzgg/_index.md", "---\ntitle: 通知公告\n---\n\n本栏目发布**通知**。\n");

        var intro = FrontStages.Run(site).Site.ColumnIntros["tzgg"];

        Assert.Equal("\n本栏目发布**通知**。\n", intro.Markdown);
    }
}
