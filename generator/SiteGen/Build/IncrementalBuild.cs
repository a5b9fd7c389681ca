using System.Diagnostics;
using System.Text.Json;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Lint;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Publishing;
using SiteGen.Rendering;
using SiteGen.Rendering.Pages;
using SiteGen.Validation;

namespace SiteGen.Build;

/// <summary>The outcome of one rebuild in watch mode: a full build or the pages of the edited documents only.</summary>
internal sealed record RebuildResult(IReadOnlyList<Diagnostic> Diagnostics, bool Full, bool Succeeded, IReadOnlyList<string> Written, double Ms);

/// <summary>
/// Keeps the last good build in memory so that `serve --watch` can rebuild after an edit without
/// redoing the whole site. When only the body of published documents changed (their front matter
/// is as before), nothing else depends on them — lists, feeds, the home page and bulletin tables of
/// contents are built from front matter — so only their own pages are re-rendered and replaced in
/// the output folder, file by file. Any other change (front matter, a new, deleted or unpublished
/// file, an attachment, site.yml, the theme) is a full build, which replaces the output atomically.
/// A failed rebuild writes nothing: the last good site stays in place.
/// </summary>
internal sealed class IncrementalBuild(BuildOptions options)
{
    private SiteModel? _site;
    private IReadOnlySet<string> _assets = new HashSet<string>();

    public RebuildResult Full()
    {
        var watch = Stopwatch.StartNew();
        var result = SiteBuilder.Build(options);
        if (result.Succeeded)
        {
            _site = result.Site;
            var contentDir = Path.Combine(options.SourceDir, ContentLoader.ContentFolder);
            _assets = Directory.Exists(contentDir)
                ? Directory.EnumerateFiles(contentDir, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".md", StringComparison.Ordinal))
                    .Select(f => Path.GetRelativePath(contentDir, f).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal)
                : new HashSet<string>();
        }
        return new RebuildResult(result.Diagnostics, true, result.Succeeded, result.Files, watch.Elapsed.TotalMilliseconds);
    }

    /// <param name="changed">Changed paths relative to the site folder (content/…, site.yml, themes/…).</param>
    public RebuildResult Update(IReadOnlyCollection<string> changed)
    {
        var watch = Stopwatch.StartNew();
        if (_site is not { } site || changed.Count == 0) return Full();
        var diagnostics = new DiagnosticBag();
        var contentDir = Path.Combine(options.SourceDir, ContentLoader.ContentFolder);
        var reader = new DocumentReader(site.Config, site.Columns, diagnostics);
        var edited = new List<Document>();
        foreach (var path in changed.Order(StringComparer.Ordinal))
        {
            if (!path.StartsWith(ContentLoader.ContentFolder + "/", StringComparison.Ordinal) || !path.EndsWith(".md", StringComparison.Ordinal)
                || !File.Exists(Path.Combine(options.SourceDir, path)))
                return Full();
            var file = ContentLoader.Read(contentDir, path[(ContentLoader.ContentFolder.Length + 1)..], diagnostics);
            if (file is null) return Failed(diagnostics, watch);
            if (file.Kind != SourceKind.Document || site.Published(file.Id) is not { } old) return Full();
            var document = reader.Read(file);
            if (document is null || diagnostics.HasErrors) return Failed(diagnostics, watch);
            if (!PublishingGate.Allows(document, site.AsOf) || FrontMatterOf(document) != FrontMatterOf(old)) return Full();
            edited.Add(document);
        }

        var byId = site.ById.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        foreach (var d in edited) byId[d.Id] = d;
        var updated = site with { Documents = site.Documents.Select(d => byId[d.Id]).ToList(), ById = byId };
        LintRules.Run(updated, edited, options.Strict, diagnostics);

        var themeDir = Theme.Locate(options.SourceDir, site.Config.Theme);
        if (themeDir is null) return Full();
        var staging = Path.Combine(Path.GetTempPath(), $"sitegen-watch-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            // Publishing writer: the .gz twins of the replaced pages must not go stale (the server prefers them).
            var output = new OutputWriter(staging, diagnostics, publish: true);
            var tree = new ContentTree([], _assets, contentDir);
            var context = new RenderContext(updated with { Documents = edited }, new Theme(options.SourceDir, themeDir, diagnostics), output,
                diagnostics, new FileChecker(tree, diagnostics), contentDir);
            new DocumentPages().Render(context);
            var result = diagnostics.Sorted().Where(d => changed.Contains(d.Path, StringComparer.Ordinal)).ToList();
            if (diagnostics.HasErrors) return new RebuildResult(result, false, false, [], watch.Elapsed.TotalMilliseconds);
            // The integrity manifest is left as it was: a watched preview is not a release.
            var outDir = options.OutputDir!;
            foreach (var f in output.Files)
            {
                var target = Path.Combine(outDir, f);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(Path.Combine(staging, f), target, overwrite: true);
            }
            _site = updated;
            return new RebuildResult(result, false, true, output.Files, watch.Elapsed.TotalMilliseconds);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private static RebuildResult Failed(DiagnosticBag diagnostics, Stopwatch watch) =>
        new(diagnostics.Sorted(), false, false, [], watch.Elapsed.TotalMilliseconds);

    /// <summary>Everything of a document but its body, to tell a body-only edit from one that changes lists, feeds or links.</summary>
    private static string FrontMatterOf(Document d) => JsonSerializer.Serialize(d with { Body = "", BodyLine = 0 });
}
