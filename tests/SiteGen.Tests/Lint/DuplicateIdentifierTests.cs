using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Editors.Lint;

/// <summary>Issue 21: a 索引号 or 文号 taken twice (two branches that each ran `sitegen new`, merged) is found, with both positions.</summary>
public sealed class DuplicateIdentifierTests
{
    [Fact]
    public void ADuplicateIndexNo_IsAnError_NamingBothFiles_AndTellingTheNewerOneItsNextFreeNumber()
    {
        using var site = LintSite.Create("\ncredit_code: X");
        site.Doc("zc/a.md", "category: 行政规范性文件\ndate: 2025-03-01\nindex_no: X/2025-00007");
        site.Doc("zc/b.md", "category: 行政规范性文件\ndate: 2025-03-05\nindex_no: X/2025-00007");
        site.Doc("zc/c.md", "category: 行政规范性文件\ndate: 2025-02-01\nindex_no: X/2025-00008");
        var result = site.Build(write: false);
        Assert.False(result.Succeeded);
        var d = result.Single("duplicate-index-no");
        Assert.Equal((Severity.Error, "content/zc/b.md", 6, 11), (d.Severity, d.Path, d.Line, d.Column));
        Assert.Contains("content/zc/a.md:6:11", d.Message);
        Assert.Contains("X/2025-00009", d.Hint);
    }

    [Fact]
    public void AnUnpublishedDocument_IsTheOneToRenumber_AndItsDuplicateIsOnlyAWarning()
    {
        using var site = LintSite.Create("\ncredit_code: X");
        site.Doc("zc/new.md", "category: 行政规范性文件\ndate: 2025-01-01\nindex_no: X/2025-00001\ndraft: true");
        site.Doc("zc/old.md", "category: 行政规范性文件\ndate: 2025-03-01\nindex_no: X/2025-00001");
        var result = site.Build(write: false);
        result.NoErrors();
        var d = result.Single("duplicate-index-no");
        Assert.Equal((Severity.Warning, "content/zc/new.md"), (d.Severity, d.Path));
        Assert.Contains("content/zc/old.md:6:11", d.Message);
        Assert.Contains("X/2025-00002", d.Hint);
    }

    [Fact]
    public void ADuplicateDocNumber_IsAWarning_NamingBothFiles()
    {
        using var site = LintSite.Create();
        site.Doc("zc/a.md", "date: 2025-03-01\ndoc_number: 测政发〔2025〕3号");
        site.Doc("zc/b.md", "date: 2025-03-05\ndoc_number: 测政发[2025]3号");
        var result = site.Build(write: false);
        result.NoErrors();
        var d = result.Single("duplicate-doc-number");
        Assert.Equal((Severity.Warning, "content/zc/b.md", 6), (d.Severity, d.Path, d.Line));
        Assert.Contains("content/zc/a.md:6:", d.Message);
        Assert.Equal(Severity.Error, site.Lints("duplicate-doc-number", strict: true).Single().Severity);
    }

    [Fact]
    public void TodoPlaceholders_AreNotDuplicates()
    {
        using var site = LintSite.Create();
        site.Doc("zc/a.md", "doc_number: TODO：发文字号\ndraft: true");
        site.Doc("zc/b.md", "doc_number: TODO：发文字号\ndraft: true");
        Assert.Empty(site.Lints("duplicate-doc-number"));
    }
}
