namespace SiteGen.Tests.Editors.Lint;

public sealed class ConsultationTests
{
    private static string Consultation(string start, string end, string extra = "") =>
        $"category: 意见征集\ndate: {start}\nconsultation:\n  start: {start}\n  end: {end}\n  channel: 电子邮件{extra}";

    // 30 days counting both ends: 09-15…10-14 is 30 days (it spans the National Day holiday; calendar days count).
    [Theory]
    [InlineData("2025-10-13", true)]
    [InlineData("2025-10-14", false)]
    public void ConsultationShorterThan30Days_WithoutReason_IsWarned(string end, bool warned)
    {
        using var site = LintSite.Create();
        site.Doc("yj/a.md", Consultation("2025-09-15", end, "\n  result: yj/fb"));
        site.Doc("yj/fb.md", "category: 意见征集\ndate: 2025-10-20");
        var found = site.Lints("short-consultation");
        Assert.Equal(warned ? 1 : 0, found.Count);
        if (warned) Assert.Contains("只有 29 天", found[0].Message);
    }

    [Fact]
    public void ShortConsultation_WithReason_IsNotWarned()
    {
        using var site = LintSite.Create();
        site.Doc("yj/a.md", Consultation("2025-09-15", "2025-09-22", "\n  short_reason: 防汛工作紧急\n  result: yj/fb"));
        site.Doc("yj/fb.md", "category: 意见征集\ndate: 2025-10-20");
        Assert.Empty(site.Lints("short-consultation"));
    }

    // Ended 2025-10-14; the limit is 30 days, so 11-13 is still fine and 11-14 is not.
    [Theory]
    [InlineData("2025-11-13", false)]
    [InlineData("2025-11-14", true)]
    public void EndedConsultation_WithoutFeedbackAfterLimit_IsWarned(string asOf, bool warned)
    {
        using var site = LintSite.Create();
        site.Doc("yj/a.md", Consultation("2025-09-15", "2025-10-14"));
        var found = site.Lints("missing-feedback", asOf);
        Assert.Equal(warned ? 1 : 0, found.Count);
        if (warned) Assert.Equal(("content/yj/a.md", 6), (found[0].Path, found[0].Line));
    }

    [Fact]
    public void FeedbackLimit_ComesFromSiteYml()
    {
        using var site = LintSite.Create("\nlint: {feedback_days: 10}");
        site.Doc("yj/a.md", Consultation("2025-09-15", "2025-10-14"));
        Assert.Empty(site.Lints("missing-feedback", "2025-10-24"));
        Assert.Single(site.Lints("missing-feedback", "2025-10-25"));
    }
}
