namespace SiteGen.Tests.Editors.Lint;

public sealed class DocumentLintTests
{
    [Theory]
    [InlineData("示政办发[2019]16号", "示政办发〔2019〕16号")]
    [InlineData("示政办发（2019）016号", "示政办发〔2019〕16号")]
    [InlineData("示政办发﹝2019﹞16号", "示政办发〔2019〕16号")]
    public void DocNumberWithWrongBracketsOrLeadingZeros_IsWarnedAtTheKey(string typed, string expected)
    {
        using var site = LintSite.Create();
        site.Doc("a.md", $"doc_number: \"{typed}\"");
        var d = Assert.Single(site.Lints("doc-number-format"));
        Assert.Equal(("content/a.md", 6, 13), (d.Path, d.Line, d.Column));
        Assert.Contains($"应写成“{expected}”", d.Message);
    }

    [Fact]
    public void WellFormedDocNumber_IsNotWarned()
    {
        using var site = LintSite.Create();
        site.Doc("a.md", "doc_number: 示政办发〔2019〕16号");
        Assert.Empty(site.Lints("doc-number-format"));
    }

    [Theory]
    [InlineData("validity: 废止", true)]
    [InlineData("validity: 失效", true)]
    [InlineData("validity: 废止\nvalidity_date: 2025-06-30", false)]
    [InlineData("validity: 有效", false)]
    public void NoLongerInForce_WithoutValidityDate_IsWarned(string front, bool warned)
    {
        using var site = LintSite.Create();
        site.Doc("a.md", front);
        Assert.Equal(warned ? 1 : 0, site.Lints("missing-validity-date").Count);
    }

    [Fact]
    public void PolicyWithoutIndexNo_IsWarned_InterpretationsAndNoticesAreNot()
    {
        using var site = LintSite.Create();
        site.Doc("zc/a.md", "category: 行政规范性文件");
        site.Doc("zc/b.md", "category: 其他文件\nindex_no: X/2025-00002");
        site.Doc("jd/c.md", "category: 政策解读\ninterprets: zc/a");
        site.Doc("tz/d.md", "category: 通知公告");
        var d = Assert.Single(site.Lints("missing-index-no"));
        Assert.Equal("content/zc/a.md", d.Path);
    }

    [Fact]
    public void TodoMarkers_AreReportedInFrontMatterAndBody_EvenWhenNotPublished()
    {
        using var site = LintSite.Create();
        site.Doc("a.md", "organ: TODO：发布机构\ndraft: true", "第一段。\n\nTODO：表格未能识别。");
        var found = site.Lints("todo");
        Assert.Equal([("content/a.md", 6), ("content/a.md", 12)], found.Select(d => (d.Path, d.Line)).ToList());
    }

    [Fact]
    public void TodoMarkersInTheBody_AreReportedOncePerLine_AtTheirColumn_WithTheLineTrimmed()
    {
        using var site = LintSite.Create();
        site.Doc("a.md", "draft: true", "TODO 开头\r\n第二行。\r\n  见 TODO：甲 TODO：乙\r\n无\nTODO");
        var found = site.Lints("todo");
        var first = found[0].Line;
        Assert.Equal([(first, 1, "TODO 开头"), (first + 2, 5, "见 TODO：甲 TODO：乙"), (first + 4, 1, "TODO")],
            found.Select(d => (d.Line, d.Column, d.Message.Split('：', 2)[1])).ToList());
    }
}
