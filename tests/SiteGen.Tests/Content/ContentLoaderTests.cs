using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Content;

/// <summary>The load stage reads files and nothing more: raw text by path, kinds by name, the other files as assets.</summary>
public sealed class ContentLoaderTests
{
    [Fact]
    public void Markdown_IsLoadedAsRawTextSortedByPath_WithKindAndId()
    {
        using var site = new TestSite();
        site.Doc("xxgk/b.md").Doc("xxgk/a.md", "title: 甲")
            .Add("xxgk/tzgg/_index.md", "---\ntitle: 通知公告\n---\n\n说明。\n")
            .Add("gongbao/2025/01/_issue.md", "---\nyear: 2025\nissue: 1\ndate: 2025-01-10\n---\n")
            .AddBytes("xxgk/fujian.pdf", "%PDF-1.4"u8.ToArray());
        var diagnostics = new DiagnosticBag();

        var (sources, tree) = ContentLoader.Load(site.Root, ContentLimits.Default, diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(["content/gongbao/2025/01/_issue.md", "content/xxgk/a.md", "content/xxgk/b.md", "content/xxgk/tzgg/_index.md"], sources.Select(s => s.Path));
        Assert.Equal([SourceKind.BulletinIssue, SourceKind.Document, SourceKind.Document, SourceKind.ColumnIntro], sources.Select(s => s.Kind));
        Assert.Equal(["gongbao/2025/01", "xxgk/a", "xxgk/b", "xxgk/tzgg"], sources.Select(s => s.Id));
        Assert.Equal(File.ReadAllText(Path.Combine(site.Root, "content/xxgk/a.md")), sources[1].Text);
        Assert.Equal(["xxgk/fujian.pdf"], tree.Assets);
    }

    [Fact]
    public void FileWithoutFrontMatter_IsLoaded_ForValidationToReport()
    {
        using var site = new TestSite();
        site.Add("xxgk/plain.md", "只有正文，没有文档属性。\n");
        var diagnostics = new DiagnosticBag();

        var (sources, _) = ContentLoader.Load(site.Root, ContentLimits.Default, diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("只有正文，没有文档属性。\n", Assert.Single(sources).Text);
    }

    [Fact]
    public void FileWithALineOverTheLimit_IsReportedAndLeftOut()
    {
        using var site = new TestSite();
        site.Doc("xxgk/big.md", body: new string('长', 2000)).Doc("xxgk/small.md");
        var diagnostics = new DiagnosticBag();

        var (sources, _) = ContentLoader.Load(site.Root, ContentLimits.Default with { MaxLineChars = 1000 }, diagnostics);

        Assert.Equal(["content/xxgk/small.md"], sources.Select(s => s.Path));
        Assert.Equal("content/xxgk/big.md", Assert.Single(diagnostics.Sorted(), d => d.Severity == Severity.Error).Path);
    }
}
