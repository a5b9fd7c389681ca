using System.IO.Compression;
using SiteGen.Archive;
using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Rendering.Pages;
using SiteGen.Search;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Archive;

/// <summary>
/// The offline copies given the render stage's data and the pages the write stage handed over,
/// without a build: the pages a copy holds come from what was written, not from the staging folder.
/// </summary>
public sealed class OfflineCopiesStageTests
{
    [Fact]
    public void Copies_HoldThePagesAsWritten_WithoutReadingThemBackFromStaging()
    {
        using var site = new TestSite();
        site.Add("gongbao/2025/01/_issue.md", "---\nyear: 2025\nissue: 1\ndate: 2025-01-31\n---\n");
        site.Doc("gongbao/2025/01/art-01.md", "title: 关于公报文章的通知\ncategory: 政府公报\ndate: 2025-01-31", "公报文章的正文。");
        site.Doc("xxgk/fdzdgk/tzgg/other.md", "title: 不在公报中的通知", "别的正文。");
        using var staging = new TempDir("sitegen-archive");
        var diagnostics = new DiagnosticBag();
        var context = StageInputs.RenderContext(site, staging.Path, diagnostics);
        var archived = new ArchivedPages(context.Site);
        context = new RenderContext(context.Site, context.Theme, new OutputWriter(staging.Path, diagnostics, reader: archived), diagnostics, context.Files, context.ContentDir);
        using var terms = new TermCollector();
        var documents = RenderStage.Documents(context, (d, text) => terms.Add(d.Id, d.Title, d.DocNumber, text));
        RenderStage.OtherPages(context);
        var article = context.Site.PagePath["gongbao/2025/01/art-01"];
        Assert.True(archived.Reads(article));
        Assert.True(archived.Reads("gongbao/2025/01/index.html"));
        Assert.False(archived.Reads(context.Site.PagePath["xxgk/fdzdgk/tzgg/other"]));

        // Pages in staging replaced by a marker: a copy that read them back would hold the marker.
        foreach (var page in Directory.EnumerateFiles(staging.Path, "*.html", SearchOption.AllDirectories)) File.WriteAllText(page, "READ BACK FROM STAGING");
        var views = BulletinViews.From(context);
        var copies = OfflinePages.Plan(context, views);
        var sizes = OfflineCopies.Write(copies, documents, archived, terms, [], context.Output, 0, diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        Assert.Equal(["gongbao/2025/gongbao-2025.zip", "gongbao/gongbao-all.zip"], copies.Select(c => c.ZipPath).Order(StringComparer.Ordinal));
        Assert.All(copies, c => Assert.True(sizes[c.ZipPath] > 0));
        using var zip = ZipFile.OpenRead(Path.Combine(staging.Path, "gongbao/2025/gongbao-2025.zip"));
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("index.html", names);
        Assert.Contains(OfflineCopies.SearchPage, names);
        Assert.Contains("search/manifest.js", names);
        Assert.Contains(article, names);
        Assert.DoesNotContain(context.Site.PagePath["xxgk/fdzdgk/tzgg/other"], names);
        using var reader = new StreamReader(zip.GetEntry(article)!.Open());
        var html = reader.ReadToEnd();
        Assert.Contains("公报文章的正文", html);
        Assert.DoesNotContain("READ BACK", html);
    }
}
