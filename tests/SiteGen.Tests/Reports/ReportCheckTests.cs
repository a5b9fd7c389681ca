using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Reports;

/// <summary>
/// Each check of the annual report data, seen failing on a copy of the sample site whose 2024
/// (front matter) or 2025 (sibling YAML) report is broken on purpose, with the error at the number
/// that is wrong.
/// </summary>
public sealed class ReportCheckTests
{
    private static List<Diagnostic> Errors(BuildResult result) => result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

    [Fact]
    public void SampleReports_BuildWithoutReportDiagnostics()
    {
        using var copy = new SampleCopy();
        var result = copy.Build();
        result.NoErrors();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("report", StringComparison.Ordinal));
        Assert.Equal([2024, 2025], result.Site!.Reports.All.Select(r => r.Year));
        Assert.All(result.Site.Reports.All, r => Assert.NotNull(r.Data?.Applications));
    }

    [Fact]
    public void UnbalancedColumn_IsAnErrorAtCarriedOut()
    {
        using var copy = new SampleCopy();
        var line = copy.Replace(SampleCopy.Report2025Data, "结转下年度: [2, 0, 0, 0, 0, 0, 2]", "结转下年度: [3, 0, 0, 0, 0, 0, 3]");
        var errors = Errors(copy.Build());
        var balance = Assert.Single(errors);
        Assert.Equal("report-balance", balance.Code);
        Assert.Equal((SampleCopy.Report2025Data, line, "  结转下年度: [".Length + 1), (balance.Path, balance.Line, balance.Column));
        Assert.Contains("“自然人”一列不平衡", balance.Message);
        Assert.Contains("117 + 上年结转 4 = 121", balance.Message);
    }

    [Fact]
    public void OutcomeTotalRow_NotTheSumOfItsRows_IsAnError()
    {
        using var copy = new SampleCopy();
        var line = copy.Replace(SampleCopy.Report2024, "    总计: [124, 17, 0, 1, 6, 3, 151]", "    总计: [124, 18, 0, 1, 6, 3, 152]");
        var errors = Errors(copy.Build());
        Assert.All(errors, e => Assert.Equal("report-row-total", e.Code));
        Assert.Equal(["商业企业", "总计"], errors.Select(e => e.Message.Contains("“商业企业”") ? "商业企业" : e.Message.Contains("“总计”一列") ? "总计" : e.Message));
        Assert.All(errors, e => Assert.Equal(line, e.Line));
        Assert.Contains("填为 18，但（一）至（六）各项之和是 17", errors[0].Message);
    }

    [Fact]
    public void TotalColumn_NotTheSumOfItsParts_IsAnError()
    {
        using var copy = new SampleCopy();
        var line = copy.Replace(SampleCopy.Report2024, "予以公开: [52, 8, 0, 1, 2, 1, 64]", "予以公开: [52, 8, 0, 1, 2, 1, 65]");
        var errors = Errors(copy.Build());
        // The （七）总计 row's 总计 is computed from the rows above, so only the typed total is wrong.
        var error = Assert.Single(errors);
        Assert.Equal("report-column-total", error.Code);
        Assert.Equal(line, error.Line);
        Assert.Equal("    予以公开: [52, 8, 0, 1, 2, 1, ".Length + 1, error.Column);
        Assert.Contains("总计填为 65，但自然人和各类法人或其他组织之和是 64", error.Message);
    }

    [Fact]
    public void AppealTotal_NotTheSumOfItsResults_IsAnError()
    {
        using var copy = new SampleCopy();
        var line = copy.Replace(SampleCopy.Report2025Data, "行政复议: [1, 0, 1, 1, 3]", "行政复议: [1, 0, 1, 1, 4]");
        var error = Assert.Single(Errors(copy.Build()));
        Assert.Equal(("report-column-total", line), (error.Code, error.Line));
    }

    [Fact]
    public void NegativeNumber_IsAnError()
    {
        using var copy = new SampleCopy();
        var line = copy.Replace(SampleCopy.Report2024, "行政强制: 3", "行政强制: -3");
        var error = Assert.Single(Errors(copy.Build()));
        Assert.Equal(("report-negative", SampleCopy.Report2024, line), (error.Code, error.Path, error.Line));
        Assert.Contains("-3", error.Message);
    }

    [Fact]
    public void CarriedIn_DifferentFromLastYearsCarriedOut_IsAnError()
    {
        using var copy = new SampleCopy();
        // Keep 2025 balanced on its own, so only the comparison with 2024 fails.
        var line = copy.Replace(SampleCopy.Report2025Data, "上年结转: [4, 1, 0, 0, 0, 0, 5]", "上年结转: [3, 1, 0, 0, 0, 0, 4]");
        copy.Replace(SampleCopy.Report2025Data, "本年新收: [117, 16, 1, 0, 5, 3, 142]", "本年新收: [118, 16, 1, 0, 5, 3, 143]");
        var errors = Errors(copy.Build());
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(("report-carryover", SampleCopy.Report2025Data, line), (e.Code, e.Path, e.Line)));
        Assert.Contains("“自然人”一列上年结转填为 3，但2024年年度报告（content/xxgk/nb/2024.md）的结转下年度继续办理是 4", errors[0].Message);
    }

    [Fact]
    public void CarriedIn_WithoutLastYearsReport_IsAWarning()
    {
        using var copy = new SampleCopy();
        copy.Delete(SampleCopy.Report2024);
        var result = copy.Build();
        result.NoErrors();
        var warning = result.Single("report-carryover-unchecked");
        Assert.Equal((Severity.Warning, SampleCopy.Report2025Data), (warning.Severity, warning.Path));
        Assert.Contains("2024年年度报告", warning.Message);
    }

    [Fact]
    public void TypedNormativeDocumentCounts_DifferentFromTheSite_IsAWarningNamingBoth()
    {
        using var copy = new SampleCopy();
        var line = copy.Replace(SampleCopy.Report2025Data, "行政规范性文件: [4, 0, 4]", "行政规范性文件: [5, 0, 4]");
        var result = copy.Build();
        result.NoErrors();
        var warning = result.Single("report-computed-differs");
        Assert.Equal((Severity.Warning, line), (warning.Severity, warning.Line));
        Assert.Contains("“本年制发件数”为 5，按本站已发布的行政规范性文件计算为 4", warning.Message);
    }

    [Fact]
    public void UnknownRow_IsAnErrorWithTheNearestName()
    {
        using var copy = new SampleCopy();
        var line = copy.Replace(SampleCopy.Report2024, "      重复申请: [2, 0, 0, 0, 0, 1, 3]", "      重复申清: [2, 0, 0, 0, 0, 1, 3]");
        var errors = Errors(copy.Build());
        var unknown = Assert.Single(errors, e => e.Code == "report-unknown-row");
        Assert.Equal(line, unknown.Line);
        Assert.Contains("重复申请", unknown.Hint);
    }

    [Fact]
    public void RowOfTheWrongLength_IsAnError()
    {
        using var copy = new SampleCopy();
        var line = copy.Replace(SampleCopy.Report2025Data, "复议后起诉: [0, 0, 0, 1, 1]", "复议后起诉: [0, 0, 0]");
        var error = Assert.Single(Errors(copy.Build()));
        Assert.Equal(("report-bad-row", line), (error.Code, error.Line));
    }

    [Fact]
    public void MissingRequiredRow_IsAnError()
    {
        using var copy = new SampleCopy();
        copy.Replace(SampleCopy.Report2025Data, "  上年结转: [4, 1, 0, 0, 0, 0, 5]\n", "");
        var errors = Errors(copy.Build());
        Assert.Contains(errors, e => e.Code == "report-missing-row" && e.Message.Contains("上年结转"));
    }

    [Fact]
    public void DraftReport_IsNotCheckedForSums()
    {
        using var copy = new SampleCopy();
        copy.Replace(SampleCopy.Report2024, "report_year: 2024\n", "report_year: 2024\ndraft: true\n");
        copy.Replace(SampleCopy.Report2024, "行政强制: 3", "行政强制: -3");
        var result = copy.Build();
        result.NoErrors();
        Assert.Equal([2025], result.Site!.Reports.All.Select(r => r.Year));
    }

    [Fact]
    public void TwoReportsOfOneOrganAndYear_IsAnError()
    {
        using var copy = new SampleCopy();
        copy.Replace(SampleCopy.Report2024, "report_year: 2024", "report_year: 2025");
        var errors = Errors(copy.Build());
        Assert.Contains(errors, e => e.Code == "duplicate-report");
    }
}
