using SiteGen.Build;
using System.Diagnostics;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Lint;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Publishing;
using SiteGen.Rendering;
using SiteGen.Rendering.Pages;
using SiteGen.Rendering.Views;
using SiteGen.Reports;
using SiteGen.Validation;

namespace SiteGen.Watch;

/// <summary>The outcome of one rebuild in watch mode: a full build, or an incremental one with the files it changed.</summary>
internal sealed record RebuildResult(IReadOnlyList<Diagnostic> Diagnostics, bool Full, bool Succeeded, IReadOnlyList<string> Written, double Ms)
{
    public IReadOnlyList<string> Removed { get; init; } = [];
    /// <summary>Time of each stage of an incremental rebuild (ms), for the benchmark.</summary>
    public IReadOnlyList<StageTime> Stages { get; init; } = [];
    /// <summary>The parts of pages an incremental rebuild rendered (<see cref="RenderedParts.Key"/>).</summary>
    public IReadOnlyList<string> Parts { get; init; } = [];
}

/// <summary>
/// Keeps the last good build in memory so that `serve --watch` rebuilds after an edit of documents
/// (content/**/*.md: edited, added, deleted, published or withdrawn) in well under a second at
/// 20,000 documents, with the same result as a full build. It runs the full build's stage
/// functions on a subset, in the same order:
/// <list type="number">
/// <item>the changed files are read and validated again, and the site model is rebuilt from them and
/// the cached documents by the same validate, gate and model stages (reports included) and lints, so every
/// error a full build would report (a reference to a deleted document…) is reported too;</item>
/// <item>each page kind says which of its pages show something of the changed documents
/// (<see cref="IPageKind.Affected"/>), and only those are rendered;</item>
/// <item>the rendered pages are link-checked against the site's complete file list; then only files
/// whose bytes changed are written (with their .gz), and the files no longer made (a page of a
/// withdrawn document, a column's emptied year) are removed. A failed rebuild writes nothing.</item>
/// </list>
/// The search index, offline zips and integrity manifest follow in the background
/// (<see cref="BackgroundRefresh"/>); a withdrawn document's text is taken out of the served site at
/// once by removing the search index and the zips that held it until then. site.yml, theme,
/// _index.md, _issue.md and attachment changes are full builds.
/// </summary>
internal sealed class IncrementalBuild : IDisposable
{
    /// <summary>
    /// The last good build: every validated document (published or not) by id, what was rendered
    /// from them, and the files each rendered part made (<see cref="RenderedParts"/>).
    /// </summary>
    private sealed record State(SiteConfig Config, ColumnIndex Columns, ContentTree Tree, IReadOnlyDictionary<string, Document> Documents,
        IReadOnlyDictionary<string, ReportFrontMatter> Reports, IReadOnlyList<BulletinIssue> Issues, IReadOnlyDictionary<string, ColumnIntro> Intros, SiteModel Site,
        IReadOnlyDictionary<string, HashSet<string>> PartFiles, Theme Theme);

    private readonly BuildOptions _options;
    private readonly Lock _writes = new();
    private State? _state;
    /// <summary>Every file of the served output (guarded by <see cref="_writes"/>).</summary>
    private HashSet<string> _served = new(StringComparer.Ordinal);
    /// <summary>Paths of a failed rebuild: still broken on disk, so they are read again next time.</summary>
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private int _generation;

    public IncrementalBuild(BuildOptions options)
    {
        _options = options;
        Refresh = new BackgroundRefresh(options, _writes, () => Volatile.Read(ref _generation), files => _served = files);
    }

    public BackgroundRefresh Refresh { get; }

    /// <summary>Stops a background refresh still under way (see <see cref="BackgroundRefresh.Stop"/>).</summary>
    public void Dispose() => Refresh.Stop();

    private string OutDir => Path.GetFullPath(_options.OutputDir!.TrimEnd('/', '\\'));

    public RebuildResult Full()
    {
        var watch = Stopwatch.StartNew();
        Interlocked.Increment(ref _generation);
        Refresh.Cancel();
        lock (_writes)
        {
            var result = SiteBuilder.Build(_options);
            _pending.Clear();
            _state = null;
            if (result.Succeeded)
            {
                _state = Prime(result.Site!);
                _served = OutputTree.Files(OutDir).ToHashSet(StringComparer.Ordinal);
            }
            return new RebuildResult(result.Diagnostics, true, result.Succeeded, result.Files, watch.Elapsed.TotalMilliseconds);
        }
    }

    /// <summary>
    /// Reads back what the full build does not return: every validated document, and which files
    /// each part of the pages makes. Document pages are the one kind not rendered again for this
    /// (20,000 of them would double the first build): the files of a document's page are found from
    /// the document when it changes (<see cref="OldFiles"/>).
    /// </summary>
    private State? Prime(SiteModel site)
    {
        var scratch = new DiagnosticBag();
        var (sources, tree) = ContentLoader.Load(_options.SourceDir, site.Config.Limits, scratch);
        var content = ContentValidator.Validate(sources, site.Config, site.Columns, scratch);
        if (Theme.Locate(_options.SourceDir, site.Config.Theme) is not { } themeDir) return null;
        var staging = StagingDir("prime");
        try
        {
            var output = new OutputWriter(staging, scratch);
            // The theme is kept: a theme change is a full build. Its templates were parsed (and any
            // error in them reported) by the full build before this.
            var theme = new Theme(_options.SourceDir, themeDir, scratch);
            var context = new RenderContext(site, theme, output, scratch, new FileChecker(tree, scratch), tree.ContentDir);
            var parts = RenderedParts.Render(context, PageKinds.All.Where(k => k is not DocumentPages).Select(k => (k, PageSelection.All)));
            return new State(site.Config, site.Columns, tree, content.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal), content.Reports, content.Issues, content.Intros, site, parts, theme);
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <param name="changed">Changed paths relative to the site folder (content/…, site.yml, themes/…).</param>
    public RebuildResult Update(IReadOnlyCollection<string> changed)
    {
        var watch = Stopwatch.StartNew();
        var paths = changed.Concat(_pending).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (_state is not { } state || paths.Count == 0 || !paths.All(IsDocumentSource)) return Full();
        Interlocked.Increment(ref _generation);
        Refresh.Cancel();
        var result = Incremental(state, paths, watch);
        _pending.Clear();
        if (!result.Succeeded) _pending.UnionWith(paths);
        else Refresh.Start();
        return result;
    }

    /// <summary>A document's Markdown file: content/…/x.md that the loader reads (no hidden folder), not a column intro or an issue.</summary>
    private static bool IsDocumentSource(string path) =>
        path.StartsWith(ContentLoader.ContentFolder + "/", StringComparison.Ordinal) && path.EndsWith(".md", StringComparison.Ordinal)
        && Path.GetFileName(path) is not ("_index.md" or "_issue.md") && !path.Split('/').Any(s => s.StartsWith('.'));

    /// <summary>The steps of a rebuild; each stops at the first error, before anything is written.</summary>
    private RebuildResult Incremental(State state, List<string> paths, Stopwatch watch)
    {
        var diagnostics = new DiagnosticBag();
        var timer = new StageTimer();
        var (documents, reports, changedIds) = LoadChanged(state, paths, diagnostics);
        timer.Done("load and validate");
        if (diagnostics.HasErrors) return Failed(diagnostics, paths, watch);
        var site = Model(state, documents, reports, changedIds, diagnostics, timer);
        if (diagnostics.HasErrors) return Failed(diagnostics, paths, watch);
        var change = new SiteChange(state.Site, site, changedIds);
        var selections = PageKinds.All.Select(kind => (kind, kind.Affected(change))).ToList();
        timer.Done("affected pages");
        var staging = StagingDir("incremental");
        try
        {
            var (output, scanned, parts) = Render(state, site, selections, staging, diagnostics, timer);
            var made = output.Files.ToHashSet(StringComparer.Ordinal);
            var removed = Removals(state, parts, made, changedIds);
            lock (_writes)
            {
                LinkChecker.Check(scanned, output, new SiteFilesOverlay(_served, made, removed.ToHashSet(StringComparer.Ordinal)), OutDir, state.Config, _options.SourceDir, diagnostics);
                timer.Done("link check");
                if (diagnostics.HasErrors) return Failed(diagnostics, paths, watch);
                var written = Write(state, site, output, made, removed);
                timer.Done("write");
                _state = state with { Documents = documents, Reports = reports, Site = site, PartFiles = state.PartFiles.Where(g => !parts.ContainsKey(g.Key)).Concat(parts).ToDictionary(StringComparer.Ordinal) };
                return new RebuildResult(Reported(diagnostics, paths), false, true, written, watch.Elapsed.TotalMilliseconds) { Removed = removed, Stages = timer.Stages, Parts = parts.Keys.Order(StringComparer.Ordinal).ToList() };
            }
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>Load and validate: the last build's documents with the changed files read again (a deleted one left out).</summary>
    private (Dictionary<string, Document> Documents, Dictionary<string, ReportFrontMatter> Reports, HashSet<string> ChangedIds) LoadChanged(State state, List<string> paths, DiagnosticBag diagnostics)
    {
        var contentDir = state.Tree.ContentDir;
        var documents = new Dictionary<string, Document>(state.Documents, StringComparer.Ordinal);
        var reports = new Dictionary<string, ReportFrontMatter>(state.Reports, StringComparer.Ordinal);
        var changedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var rel = path[(ContentLoader.ContentFolder.Length + 1)..];
            changedIds.Add(rel[..^3]);
            documents.Remove(rel[..^3]);
            reports.Remove(rel[..^3]);
            if (!File.Exists(Path.Combine(contentDir, rel))) continue;
            // The full build's walk of content/ refused links leading out of the site; an edited file may have become one.
            if (new SiteBoundary(Path.GetDirectoryName(contentDir)!).Escape(Path.Combine(contentDir, rel)) is { } escape)
            {
                diagnostics.Error(SourcePosition.FileStart(path), DiagnosticCodes.PathEscape, $"“{path}”是符号链接，{escape}，不会读取或发布。", "站点用到的文件都要放在站点目录里。");
                continue;
            }
            if (ContentLoader.Read(contentDir, rel, diagnostics, state.Config.Limits) is not { } file) continue;
            var validated = ContentValidator.Validate([file], state.Config, state.Columns, diagnostics);
            foreach (var document in validated.Documents) documents[document.Id] = document;
            foreach (var (id, report) in validated.Reports) reports[id] = report;
        }
        return (documents, reports, changedIds);
    }

    /// <summary>Gate, model (reports included) and lints: the full build's stages, on every document.</summary>
    private SiteModel Model(State state, Dictionary<string, Document> documents, Dictionary<string, ReportFrontMatter> reports, HashSet<string> changedIds,
        DiagnosticBag diagnostics, StageTimer timer)
    {
        var all = documents.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var published = PublishedContent.Gate(all, state.Issues, _options.AsOf);
        var site = SiteModelBuilder.Build(state.Config, state.Columns, state.Tree, new ValidatedContent(all, state.Issues, state.Intros, reports), published, diagnostics);
        timer.Done("gate, site model");
        // Lint warnings are shown for the changed files only (the first build showed the others), so
        // only their rules need running; under --strict every finding is an error and all run.
        LintRules.Run(site, _options.Strict ? all : all.Where(d => changedIds.Contains(d.Id)).ToList(), _options.Strict, diagnostics);
        timer.Done("lints");
        return site;
    }

    /// <summary>Render: the affected pages, into a staging folder, with a publishing writer (text files get their .gz twin as they are written).</summary>
    private static (OutputWriter Output, ScannedPages Scanned, Dictionary<string, HashSet<string>> Parts) Render(State state, SiteModel site, List<(IPageKind, PageSelection)> selections,
        string staging, DiagnosticBag diagnostics, StageTimer timer)
    {
        var scanned = new ScannedPages();
        var output = new OutputWriter(staging, diagnostics, publish: true, scanned);
        var context = new RenderContext(site, state.Theme, output, diagnostics, new FileChecker(state.Tree, diagnostics), state.Tree.ContentDir);
        var parts = RenderedParts.Render(context, selections);
        timer.Done($"{parts.Count} parts of pages");
        return (output, scanned, parts);
    }

    /// <summary>
    /// What the last build made that this one does not: files of the re-rendered parts, and the
    /// page and files of the changed documents, unless a part not rendered again has them.
    /// </summary>
    private static List<string> Removals(State state, Dictionary<string, HashSet<string>> parts, HashSet<string> made, HashSet<string> changedIds)
    {
        var kept = state.PartFiles.Where(g => !parts.ContainsKey(g.Key)).SelectMany(g => g.Value).ToHashSet(StringComparer.Ordinal);
        var candidates = state.PartFiles.Where(g => parts.ContainsKey(g.Key)).SelectMany(g => g.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var id in changedIds) candidates.UnionWith(OldFiles(state, id));
        // A .gz twin goes with its file (Publish).
        return candidates.Where(f => !made.Contains(f) && !kept.Contains(f) && !f.EndsWith(Precompressor.Extension, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Write: takes a withdrawn document's text out of the whole-site files, then publishes what changed.</summary>
    private List<string> Write(State state, SiteModel site, OutputWriter output, HashSet<string> made, List<string> removed)
    {
        var withdrawn = state.Site.Documents.Where(d => !site.ById.ContainsKey(d.Id)).ToList();
        if (withdrawn.Count > 0) Withdraw(state.Site, withdrawn);
        var written = Publish(output, made, removed);
        _served.UnionWith(made);
        foreach (var f in removed)
        {
            _served.Remove(f);
            _served.Remove(f + ".gz");
        }
        return written;
    }

    /// <summary>
    /// The page of a document as last published and the files it brought along (attachments, images
    /// in its body, the PDF made of a policy without an original).
    /// </summary>
    private static IEnumerable<string> OldFiles(State state, string id)
    {
        if (state.Site.PagePath.GetValueOrDefault(id) is not { } page || state.Site.Published(id) is not { } old) return [];
        var scratch = new DiagnosticBag();
        var body = new MarkdownRenderer(state.Site, new FileChecker(state.Tree, scratch), scratch).Render(old);
        var attachments = old.Attachments.Select(a => AssetPolicy.Resolve(old.Folder, a.File)).OfType<string>().Where(state.Site.ReferencedAssets.Contains);
        var generated = new DocViewFactory(state.Site, state.Tree.ContentDir)[old].GeneratedPdf is null ? [] : new[] { Rendering.Pdf.PolicyPdf.PathFor(page) };
        return body.Assets.Concat(attachments).Concat(generated).Append(page);
    }

    /// <summary>
    /// Takes the whole-site artefacts that may hold a withdrawn document's text (the search index,
    /// the offline zips of the issues it was printed in) out of the served site at once; the
    /// background refresh brings them back without it.
    /// </summary>
    private void Withdraw(SiteModel old, IReadOnlyList<Document> withdrawn)
    {
        var search = Path.Combine(OutDir, Search.SearchIndexWriter.Folder.TrimEnd('/'));
        if (Directory.Exists(search))
        {
            var trash = StagingDir("withdrawn");
            Directory.Delete(trash);
            Directory.Move(search, trash);
            _ = Task.Run(() => Directory.Delete(trash, recursive: true));
        }
        var issues = withdrawn.SelectMany(d => old.IssuesOf.GetValueOrDefault(d.Id, [])).ToList();
        var zips = issues.Select(i => BulletinPaths.YearZip(old, i.Issue.Year)).Distinct().ToList();
        if (zips.Count > 0) zips.Add(BulletinPaths.AllZip(old));
        foreach (var zip in zips)
        {
            File.Delete(Path.Combine(OutDir, zip));
            // A copy split into parts (Archive/OfflineParts): gongbao-2025-part1.zip, -part2.zip…
            for (var n = 1; File.Exists(Path.Combine(OutDir, BulletinPaths.ZipPart(zip, n))); n++) File.Delete(Path.Combine(OutDir, BulletinPaths.ZipPart(zip, n)));
        }
    }

    /// <summary>Moves the files whose bytes changed into the served folder (their .gz twins are files like any other) and removes the ones no longer made, with their twins.</summary>
    private List<string> Publish(OutputWriter output, IReadOnlySet<string> made, IReadOnlyList<string> removed)
    {
        var outDir = OutDir;
        var written = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(made, f =>
        {
            var source = Path.Combine(output.Root, f);
            var target = Path.Combine(outDir, f);
            var bytes = File.ReadAllBytes(source);
            if (File.Exists(target) && new FileInfo(target).Length == bytes.Length && bytes.AsSpan().SequenceEqual(File.ReadAllBytes(target))) return;
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(source, target, overwrite: true);
            written.Add(f);
        });
        foreach (var f in removed)
        {
            var target = Path.Combine(outDir, f);
            File.Delete(target);
            File.Delete(target + ".gz");
            for (var dir = Path.GetDirectoryName(target)!; dir.Length > outDir.Length && Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any(); dir = Path.GetDirectoryName(dir)!)
                Directory.Delete(dir);
        }
        return written.Where(f => !f.EndsWith(Precompressor.Extension, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>A scratch folder beside the output (same file system, so files move into place by rename).</summary>
    private string StagingDir(string purpose)
    {
        var outDir = OutDir;
        var dir = Path.Combine(Path.GetDirectoryName(outDir)!, $".{Path.GetFileName(outDir)}.{purpose}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Every error, and the warnings about the changed files (the others were shown by the first build).</summary>
    private static List<Diagnostic> Reported(DiagnosticBag diagnostics, List<string> paths) =>
        diagnostics.Sorted().Where(d => d.Severity == Severity.Error || paths.Contains(d.Path, StringComparer.Ordinal)).ToList();

    private static RebuildResult Failed(DiagnosticBag diagnostics, List<string> paths, Stopwatch watch) =>
        new(Reported(diagnostics, paths), false, false, [], watch.Elapsed.TotalMilliseconds);
}
