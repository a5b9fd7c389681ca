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
        var diagnostics = new DiagnosticBag();
        var timer = new StageTimer(options.Progress);
        var config = SiteConfigLoader.Load(options.SourceDir, diagnostics);
        timer.Done("configuration");
        if (config is null) return Failed(diagnostics, timer);
        var columns = new ColumnIndex(config.Columns);
        var (sources, tree) = ContentLoader.Load(options.SourceDir, config.Limits, diagnostics);
        timer.Done("load");
        var content = ContentValidator.Validate(sources, config, columns, diagnostics);
        timer.Done("validate");
        var documents = content.Documents;
        if (documents.Any(d => d.Body.Contains('<'))) HtmlSanitizerPolicy.WarmUpInBackground();
        var published = PublishedContent.Gate(documents, content.Issues, options.AsOf);
        timer.Done("gate");
        var site = SiteModelBuilder.Build(config, columns, tree, content, published, diagnostics);
        timer.Done("site model and reports");
        var themeDir = Theme.Locate(options.SourceDir, config.Theme);
        if (themeDir is null)
        {
            diagnostics.Error(new SourcePosition(SiteConfigLoader.FileName, 1, 1), DiagnosticCodes.Theme, $"找不到主题“{config.Theme}”。", "检查 site.yml 的 theme，或把主题放在站点的 themes/ 目录中。");
            return Failed(diagnostics, timer);
        }

        // The lints only add warnings (errors under --strict) and nothing reads them before the
        // build's end: they run beside the document pages instead of holding up both processors.
        var lintedSite = site;
        var lint = Task.Run(() => LintRules.Run(lintedSite, documents, options.Strict, diagnostics));

        // `check` renders too (links and images in bodies are checked while rendering), into a
        // staging folder that is then thrown away.
        using var publisher = new AtomicPublisher(options.OutputDir ?? Path.Combine(Path.GetTempPath(), $"sitegen-check-{Environment.ProcessId}-{Guid.NewGuid():N}"));
        var (scanned, archived) = (new ScannedPages(), new ArchivedPages(site));
        var output = Write(publisher, options, diagnostics, new PageReaders(scanned, archived));
        var context = new RenderContext(site, new Theme(options.SourceDir, themeDir, diagnostics), output, diagnostics, new FileChecker(tree, diagnostics, config.Limits), tree.ContentDir);
        // Parallelism is declared here and nowhere else in the pipeline:
        // - the search stage reads each body's terms on a thread of its own while the documents render
        //   (TermFeed), and the lints (started above) run beside them;
        // - the search index is written beside the other pages, the static files and the offline
        //   copies: those need no site index (each copy makes its own from the same terms);
        // - the integrity manifest is made while the links are checked, and saved only when none is broken.
        using var feed = new TermFeed();
        var pages = RenderStage.Documents(context, feed.Post);
        lint.Wait();
        timer.Done("render documents, lints");
        var terms = feed.Finish();
        Parallel.Invoke(() => SearchIndex.Write(pages, terms, (path, bytes) => output.WriteBytes(path, bytes, "search")),
            () => { RenderStage.OtherPages(context); StaticFiles.Copy(context); OfflineCopiesStage(context, pages, archived, terms); });
        terms.Dispose(); // every index is made; the terms are kept outside the collected heap, so freed by hand
        timer.Done("search index, other pages, static files, offline copies");
        byte[]? manifest = null;
        Parallel.Invoke(() => LinkChecker.Check(scanned, output, config, options.SourceDir, diagnostics), () => manifest = Manifest(output, options, config));
        timer.Done("link check, manifest");
        if (manifest is not null && !diagnostics.HasErrors) IntegrityManifest.Write(output, manifest, options.SigningKey);
        var result = new BuildResult(diagnostics.Sorted(), site, output.Files, RenderStage.ExternalLinks(pages), timer) { Drafts = diagnostics.Drafts };
        if (!result.Succeeded || options.OutputDir is null) return result;
        publisher.Commit();
        timer.Done("publish");
        return result;
    }

    /// <summary>
    /// The write stage: the writer every later stage hands its files to. A file is written (with,
    /// for a published build, its .gz twin and hash) while its bytes are in memory, and each page
    /// goes then to the stages that read pages (<paramref name="readers"/>: the link check's scan,
    /// the offline copies), instead of 20,000 pages being kept or read back from disk.
    /// </summary>
    private static OutputWriter Write(AtomicPublisher publisher, BuildOptions options, DiagnosticBag diagnostics, IPageReader readers) =>
        new(publisher.Staging, diagnostics, publish: options.OutputDir is not null, readers);

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
