using SiteGen.Archive;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Lint;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Publishing;
using SiteGen.Rendering;
using SiteGen.Rendering.Pages;
using SiteGen.Reports;
using SiteGen.Search;
using SiteGen.Validation;

namespace SiteGen.Build;

/// <summary>
/// The pipeline, one line per stage in the order data flows: configuration → content loaded as
/// raw text → validation → publishing gate → site model with its reports → document pages → the search
/// index, beside the other pages, static files and offline copies → the link check, beside the
/// integrity manifest → output.
/// Each file's .gz twin and hash are made as it is written. A build writes into a staging folder
/// and replaces the output only when no stage reported an error.
/// </summary>
internal static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options)
    {
        var (diagnostics, timer) = (new DiagnosticBag(), new StageTimer(options.Progress));
        if (timer.Time("configuration", () => SiteConfigLoader.Load(options.SourceDir, diagnostics)) is not { } config) return Failed(diagnostics, timer);
        var columns = new ColumnIndex(config.Columns);
        var (sources, tree) = timer.Time("load", () => ContentLoader.Load(options.SourceDir, config.Limits, diagnostics));
        var content = timer.Time("validate", () => Validate(sources, config, columns, diagnostics));
        var published = timer.Time("gate", () => PublishedContent.Gate(content.Documents, content.Issues, options.AsOf));
        var site = timer.Time("site model and reports", () => SiteModelBuilder.Build(config, columns, tree, content, published, diagnostics));
        if (ThemeOf(options, config, diagnostics) is not { } theme) return Failed(diagnostics, timer);
        using var publisher = new AtomicPublisher(options.OutputDir ?? CheckStaging());
        var (output, scanned, archived) = Write(publisher, options, site, diagnostics);
        var context = new RenderContext(site, theme, output, diagnostics, new FileChecker(tree, diagnostics, config.Limits), tree.ContentDir);
        using var terms = new TermFeed();
        var pages = timer.Time("render documents, lints", () => RenderBesideLints(context, content.Documents, options.Strict, terms));
        timer.Time("search index, other pages, static files, offline copies", () => SearchIndexBesideOtherPages(context, pages, terms.Finish(), archived));
        timer.Time("link check, manifest", () => LinkCheckBesideManifest(scanned, output, options, config, diagnostics));
        return Publish(publisher, options, new BuildResult(diagnostics.Sorted(), site, output.Files, RenderStage.ExternalLinks(pages), timer) { Drafts = diagnostics.Drafts });
    }

    // Parallelism is declared in the four functions below and nowhere else in the pipeline:
    // - the lints run beside the document pages, and the search stage reads each body's terms on a
    //   thread of its own while they render (TermFeed);
    // - the search index is written beside the other pages, the static files and the offline
    //   copies: those need no site index (each copy makes its own from the same terms);
    // - the integrity manifest is made while the links are checked, and saved only when none is broken.

    /// <summary>The validate stage; a body with HTML in it warms the sanitizer up in the background meanwhile (its first use is slow).</summary>
    private static ValidatedContent Validate(IReadOnlyList<SourceFile> sources, SiteConfig config, ColumnIndex columns, DiagnosticBag diagnostics)
    {
        var content = ContentValidator.Validate(sources, config, columns, diagnostics);
        if (content.Documents.Any(d => d.Body.Contains('<'))) HtmlSanitizerPolicy.WarmUpInBackground();
        return content;
    }

    /// <summary>The theme the site names; an error at site.yml when there is none.</summary>
    private static Theme? ThemeOf(BuildOptions options, SiteConfig config, DiagnosticBag diagnostics)
    {
        if (Theme.Locate(options.SourceDir, config.Theme) is { } themeDir) return new Theme(options.SourceDir, themeDir, diagnostics);
        diagnostics.Error(new SourcePosition(SiteConfigLoader.FileName, 1, 1), DiagnosticCodes.Theme, $"找不到主题“{config.Theme}”。", "检查 site.yml 的 theme，或把主题放在站点的 themes/ 目录中。");
        return null;
    }

    /// <summary>`check` renders too (links and images in bodies are checked while rendering), into a staging folder that is then thrown away.</summary>
    private static string CheckStaging() => Path.Combine(Path.GetTempPath(), $"sitegen-check-{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>
    /// The render stage's document pages, with their bodies' text to the search stage's
    /// <paramref name="terms"/>; the lints only add warnings (errors under --strict) and nothing
    /// reads them before the build's end, so they run beside instead of holding up both processors.
    /// </summary>
    private static IReadOnlyList<RenderedDocument> RenderBesideLints(RenderContext context, IReadOnlyList<Document> documents, bool strict, TermFeed terms)
    {
        var lint = Task.Run(() => LintRules.Run(context.Site, documents, strict, context.Diagnostics));
        var pages = RenderStage.Documents(context, terms.Post);
        lint.Wait();
        return pages;
    }

    /// <summary>The search index stage, beside the rest of the render stage (other pages, static files, offline copies).</summary>
    private static void SearchIndexBesideOtherPages(RenderContext context, IReadOnlyList<RenderedDocument> pages, TermCollector terms, ArchivedPages archived)
    {
        Parallel.Invoke(() => SearchIndex.Write(pages, terms, (path, bytes) => context.Output.WriteBytes(path, bytes, "search")),
            () => { RenderStage.OtherPages(context); StaticFiles.Copy(context); OfflineCopiesStage(context, pages, archived, terms); });
        terms.Dispose(); // every index is made; the terms are kept outside the collected heap, so freed by hand
    }

    /// <summary>The link check, beside the integrity manifest, which is written only when no stage reported an error.</summary>
    private static void LinkCheckBesideManifest(ScannedPages scanned, OutputWriter output, BuildOptions options, SiteConfig config, DiagnosticBag diagnostics)
    {
        byte[]? manifest = null;
        Parallel.Invoke(() => LinkChecker.Check(scanned, output, config, options.SourceDir, diagnostics), () => manifest = Manifest(output, options, config));
        if (manifest is not null && !diagnostics.HasErrors) IntegrityManifest.Write(output, manifest, options.SigningKey);
    }

    /// <summary>The publish stage: the staging folder replaces the output, only for a build that succeeded.</summary>
    private static BuildResult Publish(AtomicPublisher publisher, BuildOptions options, BuildResult result)
    {
        if (!result.Succeeded || options.OutputDir is null) return result;
        publisher.Commit();
        result.Timer.Done("publish");
        return result;
    }

    /// <summary>
    /// The write stage: the writer every later stage hands its files to. A file is written (with,
    /// for a published build, its .gz twin and hash) while its bytes are in memory, and each page
    /// goes then to the stages that read pages (the link check's scan, the offline copies' pages),
    /// instead of 20,000 pages being kept or read back from disk.
    /// </summary>
    private static (OutputWriter Output, ScannedPages Scanned, ArchivedPages Archived) Write(AtomicPublisher publisher, BuildOptions options, SiteModel site, DiagnosticBag diagnostics)
    {
        var (scanned, archived) = (new ScannedPages(), new ArchivedPages(site));
        return (new OutputWriter(publisher.Staging, diagnostics, publish: options.OutputDir is not null, new PageReaders(scanned, archived)), scanned, archived);
    }

    /// <summary>
    /// The offline copies of the 公报: the pages that differ offline rendered for each copy, the
    /// zips written from them and the published pages, then the download page with the zips' sizes.
    /// </summary>
    private static void OfflineCopiesStage(RenderContext context, IReadOnlyList<RenderedDocument> documents, ArchivedPages pages, TermCollector terms)
    {
        if (context.Site.Issues.Count == 0) return;
        var views = BulletinViews.From(context);
        var statics = StaticFiles.Enumerate(context.Theme).Select(s => s.Relative).ToList();
        var sizes = OfflineCopies.Write(OfflinePages.Plan(context, views), documents, pages, terms, statics, context.Output, context.Site.Config.Bulletin.OfflinePartBytes, context.Diagnostics);
        OfflinePages.Downloads(context, views, sizes);
    }

    /// <summary>The integrity manifest of every file written, for a build that publishes; null for `check`.</summary>
    private static byte[]? Manifest(OutputWriter output, BuildOptions options, SiteConfig config) =>
        options.OutputDir is null ? null : IntegrityManifest.Of(output, Provenance(options, config));

    private static BuildProvenance Provenance(BuildOptions options, SiteConfig config) =>
        new(SiteGenVersion.Current, options.AsOf, SourceCommit.Of(options.SourceDir), BuildProvenance.SiteId(config));

    private static BuildResult Failed(DiagnosticBag diagnostics, StageTimer timer) => new(diagnostics.Sorted(), null, [], [], timer) { Drafts = diagnostics.Drafts };
}
