using SiteGen.Cli;

namespace SiteGen.Tests.Reports;

/// <summary>`sitegen report YEAR` on a copy of the sample site.</summary>
public sealed class ReportCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => Infrastructure.Cli.Run(args);

    [Fact]
    public void Report_WritesADraftWithComputedRowsAndLastYearsCarryOver()
    {
        using var copy = new SampleCopy();
        var (code, _, err) = Run("report", "2026", "--source", copy.Root, "--as-of", SampleCopy.AsOf);
        Assert.True(code == 0, err);
        var draft = File.ReadAllText(Path.Combine(copy.Root, "content/xxgk/nb/2026.md"));
        Assert.Contains("report_year: 2026", draft);
        Assert.Contains("draft: true", draft);
        // 2026: gfxwj-005..007 made; gfxwj-001 and -004 stopped applying in 2026; -002, -003, -005..-007 in force.
        Assert.Contains("行政规范性文件: [3, 2, 5]", draft);
        Assert.Contains("上年结转: [2, 0, 0, 0, 0, 0]", draft);
        Assert.Contains("## 四、政府信息公开行政复议、行政诉讼情况", draft);

        // The draft is valid content: the site still builds, and once published it renders as a report.
        var result = copy.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Site!.Reports.All, r => r.Year == 2026);
        copy.Replace("content/xxgk/nb/2026.md", "draft: true", "draft: false");
        copy.Replace("content/xxgk/nb/2026.md", "    本年新收: [0, 0, 0, 0, 0, 0]", "    本年新收: [1, 0, 0, 0, 0, 0]");
        copy.Replace("content/xxgk/nb/2026.md", "    予以公开: [0, 0, 0, 0, 0, 0]", "    予以公开: [3, 0, 0, 0, 0, 0]");
        copy.Replace("content/xxgk/nb/2026.md", "date: 2027-01-31", "date: 2026-11-20");
        var published = copy.Build();
        Assert.True(published.Succeeded, string.Join("\n", published.Diagnostics));
        Assert.Contains(published.Site!.Reports.All, r => r.Year == 2026 && r.Previous?.Year == 2025);
    }

    [Fact]
    public void Report_RefusesToOverwriteWithoutForce()
    {
        using var copy = new SampleCopy();
        var (code, _, err) = Run("report", "2025", "--source", copy.Root, "--as-of", SampleCopy.AsOf);
        Assert.Equal(2, code);
        Assert.Contains("已存在", err);
        Assert.Equal(0, Run("report", "2025", "--source", copy.Root, "--as-of", SampleCopy.AsOf, "--force").Code);
        Assert.Contains("draft: true", File.ReadAllText(Path.Combine(copy.Root, SampleCopy.Report2024.Replace("2024", "2025"))));
    }

    [Fact]
    public void Report_WithoutAYear_IsAUsageError() => Assert.Equal(2, Run("report", "--source", ".").Code);
}
