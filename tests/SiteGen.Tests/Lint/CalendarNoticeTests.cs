using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Editors.Lint;

/// <summary>
/// Issue 21: findings that depend on the date are 提示 (notices): reported in the terminal, the JSON
/// report and as `::notice` CI annotations, and never failing `build` or `check`, `--strict` included.
/// </summary>
public sealed class CalendarNoticeTests
{
    [Theory]
    [InlineData("stale-column")]
    [InlineData("missing-feedback")]
    [InlineData("late-interpretation")]
    [InlineData("empty-column")]
    public void CalendarFindings_AreNotices_EvenUnderStrict(string code)
    {
        using var site = LintSite.Create();
        site.Doc("gzdt/a.md", "category: 工作动态\ndate: 2025-01-02");
        site.Doc("zc/policy.md", "category: 行政规范性文件\ndate: 2025-09-26\nindex_no: X/2025-00001");
        site.Doc("jd/interp.md", "category: 政策解读\ndate: 2025-10-20\ninterprets: zc/policy");
        site.Doc("yj/a.md", "category: 意见征集\ndate: 2025-01-02\nconsultation:\n  start: 2025-01-02\n  end: 2025-02-10\n  channel: 邮箱");
        var found = site.Lints(code, strict: true);
        Assert.NotEmpty(found);
        Assert.All(found, d => Assert.Equal(Severity.Notice, d.Severity));
        if (code is "stale-column" or "empty-column") Assert.Equal("site.yml", found[0].Path);
        Assert.Contains(" 提示 ", found[0].ToString());
    }

    [Fact]
    public void TheReportDeadline_IsANotice_BeforeAndAfterIt_AndGoneOnceTheReportIsPublished()
    {
        using var site = LintSite.Create();
        site.Doc("tz/a.md", "date: 2025-05-01");
        Assert.Empty(site.Lints("report-deadline", "2025-12-31"));
        Assert.Contains("还有 30 天", Assert.Single(site.Lints("report-deadline", "2026-03-01", strict: true)).Message);
        var late = Assert.Single(site.Lints("report-deadline", "2026-04-10", strict: true));
        Assert.Equal(Severity.Notice, late.Severity);
        Assert.Contains("已逾期 10 天", late.Message);
        site.Doc("nb/2025.md", "category: 政府信息公开年报\ndate: 2026-04-12\nreport_year: 2025");
        Assert.Empty(site.Lints("report-deadline", "2026-04-20"));
    }

    /// <summary>The proof of the issue: an unchanged site gets the same verdict years later.</summary>
    [Fact]
    public void CheckStrict_GivesTheSameVerdict_WithAsOfMovedYearsAhead_OnASmallSite()
    {
        using var site = LintSite.Create();
        site.Doc("gzdt/a.md", "category: 工作动态\ndate: 2025-11-20");
        site.Doc("yj/a.md", "category: 意见征集\ndate: 2025-11-02\nconsultation:\n  start: 2025-11-02\n  end: 2025-12-10\n  channel: 邮箱");
        var now = SiteGen.Tests.Infrastructure.Cli.Run("check", "--source", site.Root, "--strict", "--as-of", "2025-12-01");
        var later = SiteGen.Tests.Infrastructure.Cli.Run("check", "--source", site.Root, "--strict", "--as-of", "2028-06-01");
        Assert.Equal((0, 0), (now.Code, later.Code));
        Assert.Contains("提示 stale-column", later.Err);
        Assert.Contains("提示 missing-feedback", later.Err);
    }

    [Fact]
    public void CheckStrict_GivesTheSameVerdict_WithAsOfMovedYearsAhead_OnTheSampleSite()
    {
        var now = SiteGen.Tests.Infrastructure.Cli.Run("check", "--source", Repo.Root, "--strict", "--as-of", "2026-12-06");
        var later = SiteGen.Tests.Infrastructure.Cli.Run("check", "--source", Repo.Root, "--strict", "--as-of", "2029-06-06");
        Assert.True(now.Code == 0, now.Err);
        Assert.True(later.Code == 0, later.Err);
        Assert.Contains("提示 stale-column", later.Err);
    }

    [Fact]
    public void GitHubAnnotations_OfCalendarFindings_AreNotices_AndTheJsonReportSaysNotice()
    {
        using var site = LintSite.Create();
        site.Doc("gzdt/a.md", "category: 工作动态\ndate: 2025-01-02");
        var report = Path.Combine(site.Root, "r.json");
        var (code, stdout, _) = SiteGen.Tests.Infrastructure.Cli.Run("check", "--source", site.Root, "--strict", "--as-of", "2026-01-01", "--format", "github", "--report", report);
        Assert.Equal(0, code);
        Assert.Contains("::notice file=site.yml", stdout);
        Assert.DoesNotContain("::error", stdout);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(report));
        Assert.Contains(json.RootElement.GetProperty("diagnostics").EnumerateArray(),
            d => d.GetProperty("code").GetString() == "stale-column" && d.GetProperty("severity").GetString() == "notice");
        Assert.True(json.RootElement.GetProperty("counts").GetProperty("notices").GetInt32() > 0);
    }
}
