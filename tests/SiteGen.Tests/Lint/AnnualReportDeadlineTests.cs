using SiteGen.Diagnostics;
using SiteGen.Lint;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Lint;

/// <summary>The report deadline reads the model's reports; the lints run on the model without rendering.</summary>
public sealed class AnnualReportDeadlineTests
{
    private static IReadOnlyList<Diagnostic> Lint(TestSite site, string asOf)
    {
        var run = FrontStages.Run(site, asOf);
        var diagnostics = new DiagnosticBag();
        LintRules.Run(run.Site, run.Content.Documents, strict: false, diagnostics);
        return diagnostics.Sorted().Where(d => d.Code == "report-deadline").ToList();
    }

    [Fact]
    public void SiteWithoutLastYearsReport_IsReminded()
    {
        using var site = new TestSite();
        site.Doc("xxgk/tzgg/a.md", "date: 2025-06-01");

        Assert.Equal(Severity.Notice, Assert.Single(Lint(site, "2026-02-01")).Severity);
    }

    [Fact]
    public void PublishedReportOfLastYear_SilencesTheReminder()
    {
        using var site = new TestSite();
        site.Doc("xxgk/tzgg/a.md", "date: 2025-06-01")
            .Doc("xxgk/nb/2025.md", "title: 2025年政府信息公开工作年度报告\ncategory: 政府信息公开年报\ndate: 2026-01-20\nreport_year: 2025");

        Assert.Empty(Lint(site, "2026-02-01"));
    }

    [Fact]
    public void UnpublishedReport_DoesNotSilenceTheReminder()
    {
        using var site = new TestSite();
        site.Doc("xxgk/tzgg/a.md", "date: 2025-06-01")
            .Doc("xxgk/nb/2025.md", "title: 2025年政府信息公开工作年度报告\ncategory: 政府信息公开年报\ndate: 2026-01-20\nreport_year: 2025\ndraft: true");

        Assert.Single(Lint(site, "2026-02-01"));
    }
}
