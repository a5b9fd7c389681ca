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
        var output = new OutputWriter(publisher.Staging, diagnostics, publish: options.OutputDir is not null);
        using var feed = new TermFeed();
        var context = new RenderContext(site, new Theme(options.SourceDir, themeDir, diagnostics), output, diagnostics, new FileChecker(tree, diagnostics, config.Limits), tree.ContentDir)
        {
            SearchTerms = feed,
        };
        var documentPages = PageKinds.All.OfType<DocumentPages>().Single();
        documentPages.Render(context);
        var terms = feed.Finish();
        lint.Wait();
        timer.Done("render " + PageKinds.Name(documentPages) + " ∥ search terms, lint");
        // The search terms were read while the pages rendered; nothing else needs the site's index,
        // so it is written beside the other pages, the static files and the offline copies (which
        // come after those, in order, and make their own indexes from the same terms).
        Parallel.Invoke(() => SearchIndex.Write(context, terms), () =>
        {
            foreach (var kind in PageKinds.All.Where(k => k != documentPages)) kind.Render(context);
            StaticFiles.Copy(context);
            OfflineCopies.Write(context, terms);
        });
        // Every index is made: the terms (kept outside the collected heap) are freed now.
        terms.Dispose();
        timer.Done("search index ∥ other pages, static files, offline copies");
        // Every file is written now; the manifest of them is made while the links are checked, and
        // saved only when the check found nothing wrong.
        var publishing = options.OutputDir is not null;
        byte[]? manifest = null;
        Parallel.Invoke(() => LinkChecker.Check(output, config, options.SourceDir, diagnostics), () => { if (publishing) manifest = IntegrityManifest.Of(output, Provenance(options, config)); });
        timer.Done("link check ∥ manifest");
        if (manifest is not null && !diagnostics.HasErrors) IntegrityManifest.Write(output, manifest, options.SigningKey);

        var externalLinks = context.ExternalLinks.Keys.Order(StringComparer.Ordinal).ToList();
        var result = new BuildResult(diagnostics.Sorted(), site, output.Files, externalLinks, timer) { Drafts = diagnostics.Drafts };
        if (!result.Succeeded || options.OutputDir is null) return result;
        publisher.Commit();
        timer.Done("publish");
        return result;
    }

    private static BuildProvenance Provenance(BuildOptions options, SiteConfig config) =>
        new(SiteGenVersion.Current, options.AsOf, SourceCommit.Of(options.SourceDir), BuildProvenance.SiteId(config));

    private static BuildResult Failed(DiagnosticBag diagnostics, StageTimer timer) => new(diagnostics.Sorted(), null, [], [], timer) { Drafts = diagnostics.Drafts };
}
