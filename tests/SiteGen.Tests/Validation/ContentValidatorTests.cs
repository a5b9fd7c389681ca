using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Tests.Infrastructure;
using SiteGen.Validation;

namespace SiteGen.Tests.Validation;

/// <summary>The validate stage: raw source files in, typed documents, issues, intros and report keys out; no HTML, no site model.</summary>
public sealed class ContentValidatorTests
{
    private static readonly SiteConfig Config = LoadConfig();
    private static readonly ColumnIndex Columns = new(Config.Columns);

    private static SiteConfig LoadConfig()
    {
        using var site = new TestSite();
        return SiteConfigLoader.Load(site.Root, new DiagnosticBag())!;
    }

    private static SourceFile Document(string id, string frontMatter, string body = "正文。") =>
        new($"content/{id}.md", id, SourceKind.Document, $"---\n{frontMatter}\n---\n\n{body}\n");

    private const string Valid = "title: 关于测试工作的通知\ncategory: 通知公告\ndisclosure: 主动公开\ndate: 2025-03-01";

    [Fact]
    public void ValidFiles_BecomeDocumentsSortedById_WithBodyAndItsLine()
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentValidator.Validate([Document("x/b", Valid), Document("x/a", Valid, "第一段。")], Config, Columns, diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(["x/a", "x/b"], content.Documents.Select(d => d.Id));
        var a = content.Documents[0];
        Assert.Equal("tzgg", a.ColumnId);
        Assert.Equal(new DateTime(2025, 3, 1), a.Date);
        Assert.Equal("\n第一段。\n", a.Body);
        Assert.Equal(7, a.BodyLine);
    }

    [Fact]
    public void MissingRequiredKey_IsAnErrorAtTheFile_AndTheDocumentIsLeftOut()
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentValidator.Validate([Document("x/a", "title: 无日期\ncategory: 通知公告\ndisclosure: 主动公开")], Config, Columns, diagnostics);

        Assert.Empty(content.Documents);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("content/x/a.md", "missing-key"), (error.Path, error.Code));
    }

    [Fact]
    public void FileWithoutFrontMatter_IsReportedByValidation()
    {
        var diagnostics = new DiagnosticBag();
        var content = ContentValidator.Validate([new SourceFile("content/x/a.md", "x/a", SourceKind.Document, "只有正文。\n")], Config, Columns, diagnostics);

        Assert.Empty(content.Documents);
        Assert.Equal("missing-front-matter", Assert.Single(diagnostics.Sorted()).Code);
    }

    [Fact]
    public void DraftWhoseFrontMatterDoesNotParse_IsStillADraft()
    {
        var diagnostics = new DiagnosticBag();
        ContentValidator.Validate([Document("x/a", "title: [未闭合\ndraft: true")], Config, Columns, diagnostics);

        Assert.Equal(["content/x/a.md"], diagnostics.Drafts);
        Assert.False(diagnostics.HasErrors);
    }

    [Fact]
    public void ColumnIntro_IsKeptAsMarkdownWithItsPosition_NotHtml()
    {
        var intro = new SourceFile("content/xxgk/tzgg/_index.md", "xxgk/tzgg", SourceKind.ColumnIntro, "---\ntitle: 通知公告\n---\n\n本栏目发布**通知**。\n");
        var diagnostics = new DiagnosticBag();

        var content = ContentValidator.Validate([intro], Config, Columns, diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(new ColumnIntro("tzgg", "\n本栏目发布**通知**。\n", "content/xxgk/tzgg/_index.md", 4), content.Intros["tzgg"]);
    }

    [Fact]
    public void ReportKeys_AreKeptBesideTheDocument_ByItsId()
    {
        var report = Document("xxgk/nb/2024", "title: 2024年政府信息公开工作年度报告\ncategory: 政府信息公开年报\ndisclosure: 主动公开\ndate: 2025-01-20\nreport_year: 2024\nreport:\n  proactive:\n    行政许可: 12");
        var diagnostics = new DiagnosticBag();

        var content = ContentValidator.Validate([report, Document("x/a", Valid)], Config, Columns, diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(["xxgk/nb/2024"], content.Reports.Keys);
        var keys = content.Reports["xxgk/nb/2024"];
        Assert.Equal(2024, keys.Year);
        Assert.Equal(12m, keys.Data!.Proactive.Decisions["行政许可"].Value);
        // report keys are content-model keys, not template extras
        Assert.Empty(content.Documents.Single(d => d.Id == "xxgk/nb/2024").Extra);
    }

    [Fact]
    public void BulletinIssue_IsValidated()
    {
        var issue = new SourceFile("content/gongbao/2025/01/_issue.md", "gongbao/2025/01", SourceKind.BulletinIssue, "---\nyear: 2025\nissue: 1\ndate: 2025-01-10\n---\n");
        var content = ContentValidator.Validate([issue], Config, Columns, new DiagnosticBag());

        Assert.Equal("2025-01", Assert.Single(content.Issues).Key);
    }
}
