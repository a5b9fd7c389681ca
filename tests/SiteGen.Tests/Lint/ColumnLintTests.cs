namespace SiteGen.Tests.Editors.Lint;

public sealed class ColumnLintTests
{
    [Fact]
    public void ColumnWithoutPublishedItems_IsWarned_UnpublishedDocumentsDoNotCount()
    {
        using var site = LintSite.Create();
        site.Doc("a.md", "category: 工作动态\ndate: 2025-12-30");
        site.Doc("b.md", "category: 会议公开\ndate: 2025-12-30\ndisclosure: 依申请公开\ndisclosure_reason: 第十四条");
        var empty = site.Lints("empty-column").Select(d => d.Message).ToList();
        Assert.Contains(empty, m => m.Contains("（hygk）"));
        Assert.DoesNotContain(empty, m => m.Contains("（gzdt）"));
        Assert.DoesNotContain(empty, m => m.Contains("（fdzdgk）"));
    }

    // news: 14 days. Last item 2025-12-01; as of 12-15 it is 14 days old (fine), 12-16 is 15 (stale).
    [Theory]
    [InlineData("gzdt", "工作动态", "2025-12-01", "2025-12-15", false)]
    [InlineData("gzdt", "工作动态", "2025-12-01", "2025-12-16", true)]
    [InlineData("tzgg", "通知公告", "2025-01-01", "2025-07-03", false)]
    [InlineData("tzgg", "通知公告", "2025-01-01", "2025-07-04", true)]
    public void ColumnNotUpdatedWithinItsKindsLimit_IsWarned(string id, string column, string date, string asOf, bool warned)
    {
        using var site = LintSite.Create();
        site.Doc("a.md", $"category: {column}\ndate: {date}");
        var stale = site.Lints("stale-column", asOf).Where(d => d.Message.Contains($"（{id}）")).ToList();
        Assert.Equal(warned ? 1 : 0, stale.Count);
    }

    [Fact]
    public void PolicyColumn_CountsItsSubColumns_AndLimitIsConfigurable()
    {
        using var site = LintSite.Create("\nlint: {policy_days: 30}");
        site.Doc("a.md", "category: 行政规范性文件\ndate: 2025-11-01\nindex_no: X/2025-00001");
        Assert.DoesNotContain(site.Lints("stale-column", "2025-12-01"), d => d.Message.Contains("（zcwj）"));
        Assert.Contains(site.Lints("stale-column", "2025-12-02"), d => d.Message.Contains("（zcwj）") && d.Message.Contains("31 天"));
    }
}
