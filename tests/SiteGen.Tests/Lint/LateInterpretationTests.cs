namespace SiteGen.Tests.Editors.Lint;

public sealed class LateInterpretationTests
{
    // Policy on Friday 2025-09-26. Working days after it: 09-28 (Sunday, 调休 workday), 09-29, 09-30,
    // then the holiday 10-01…10-08, then 10-09. So 10-08 is still the 3rd working day, 10-09 the 4th.
    [Theory]
    [InlineData("2025-09-30", false)]
    [InlineData("2025-10-08", false)]
    [InlineData("2025-10-09", true)]
    public void InterpretationAfterThreeWorkingDays_IsWarned_CountingHolidaysAndAdjustedWorkdays(string date, bool warned)
    {
        using var site = LintSite.Create();
        site.Doc("zc/policy.md", "category: 行政规范性文件\ndate: 2025-09-26\nindex_no: X/2025-00001");
        site.Doc("jd/interp.md", $"category: 政策解读\ndate: {date}\ninterprets: zc/policy");
        var found = site.Lints("late-interpretation");
        if (!warned) { Assert.Empty(found); return; }
        var d = Assert.Single(found);
        Assert.Equal(("content/jd/interp.md", 5), (d.Path, d.Line));
        Assert.Contains("第 4 个工作日", d.Message);
    }

    [Fact]
    public void WithoutHolidayCalendar_TheSameDatesAreLate()
    {
        using var site = new Infrastructure.TestSite();
        site.Doc("zc/policy.md", "category: 行政规范性文件\ndate: 2025-09-26\nindex_no: X/2025-00001");
        site.Doc("jd/interp.md", "category: 政策解读\ndate: 2025-10-08\ninterprets: zc/policy");
        Assert.Contains("第 8 个工作日", Assert.Single(site.Lints("late-interpretation")).Message);
    }

    [Fact]
    public void ALateInterpretation_IsANotice_EvenUnderStrict()
    {
        // Issue 21: a finding about dates is a notice (提示) and never fails the build.
        using var site = LintSite.Create();
        site.Doc("zc/policy.md", "category: 行政规范性文件\ndate: 2025-09-26\nindex_no: X/2025-00001");
        site.Doc("jd/interp.md", "category: 政策解读\ndate: 2025-10-09\ninterprets: zc/policy");
        Assert.Equal(SiteGen.Diagnostics.Severity.Notice, Assert.Single(site.Lints("late-interpretation")).Severity);
        Assert.Equal(SiteGen.Diagnostics.Severity.Notice, Assert.Single(site.Lints("late-interpretation", strict: true)).Severity);
    }
}
