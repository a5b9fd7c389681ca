using System.Collections.Concurrent;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Search;
using SiteGen.Text;

namespace SiteGen.Archive;

/// <summary>
/// Offline copies of the 政府公报: a zip per year (/path/YEAR/gongbao-YEAR.zip) and one of the whole
/// archive (/path/gongbao-all.zip). Runs after rendering and static files, because a copy is made
/// of the pages as published: the year's issue pages, every article printed in them (a reprinted
/// policy document at its own canonical path), the PDFs and attachments those pages link to, the
/// theme's CSS and scripts, and the pages the render stage made for the copy alone
/// (<see cref="OfflineCopy"/>, <see cref="Rendering.Pages.OfflinePages"/>), with a search index
/// over the copy's articles only. Only files the build already published go in, so nothing
/// unpublished can.
/// </summary>
internal static class OfflineCopies
{
    /// <summary>Site-root path of the search page, where the header's search box posts; each copy has its own.</summary>
    public const string SearchPage = "search.html";

    /// <summary>
    /// Writes every copy's zip through the write stage (<paramref name="output"/>) and returns each
    /// zip's size by path (0 when it could not be written).
    /// </summary>
    /// <param name="documents">The render stage's documents: each copy's search index lists its own articles from them.</param>
    /// <param name="pages">The published pages the copies hold, as the write stage wrote them.</param>
    /// <param name="statics">The theme's static files as published (CSS, scripts, icons): every copy holds them.</param>
    public static IReadOnlyDictionary<string, long> Write(IReadOnlyList<OfflineCopy> copies, IReadOnlyList<RenderedDocument> documents, ArchivedPages pages,
        TermCollector terms, IReadOnlyList<string> statics, OutputWriter output, long partBytes, DiagnosticBag diagnostics)
    {
        var sizes = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        if (copies.Count == 0) return sizes;
        // The site's search index is never part of a copy (each copy has its own), and it is being
        // written beside this stage (SiteBuilder): leaving it out keeps the copies independent of timing.
        var published = output.Files.Where(f => !f.StartsWith(SearchIndexWriter.Folder, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var held = statics.Where(published.Contains).Distinct().ToList();
        var caches = new Caches();
        // The rendered documents by id, once: each copy's index takes its own articles from them.
        var byId = documents.ToDictionary(t => t.Document.Id, StringComparer.Ordinal);
        // The years' copies are independent (each page is in one year); the whole archive's copy
        // comes after them, because it reuses their compressed pages.
        // A year too large for one file is written as parts (OfflineParts), each a zip of its own.
        Parallel.ForEach(copies.Where(c => !c.Whole), copy => sizes[copy.ZipPath] = WriteZip(output, copy, Search(copy, byId, terms), pages, published, held, caches));
        foreach (var copy in copies.Where(c => c.Whole)) sizes[copy.ZipPath] = WriteZip(output, copy, Search(copy, byId, terms), pages, published, held, caches);
        WarnOversizedParts(copies, sizes, partBytes, diagnostics);
        return sizes;
    }

    /// <summary>
    /// A part over `offline_part_mb` holds one issue larger than the limit on its own (parts are cut
    /// between issues, never inside one): a warning at that issue, once, so the editor can shrink its
    /// PDF or raise the limit. The zip is still written.
    /// </summary>
    private static void WarnOversizedParts(IReadOnlyList<OfflineCopy> copies, IReadOnlyDictionary<string, long> sizes, long max, DiagnosticBag diagnostics)
    {
        if (max <= 0) return;
        var warned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in copies.Select(c => c.Part))
        {
            if (sizes.GetValueOrDefault(part.ZipPath) <= max || part.Issues.Count != 1 || !warned.Add(part.Issues[0].Issue.Key)) continue;
            var issue = part.Issues[0].Issue;
            diagnostics.Warning(SourcePosition.FileStart(issue.SourcePath), DiagnosticCodes.OfflinePartLarge,
                $"公报 {issue.Year} 年第 {issue.Issue} 期单独就超过离线包上限 offline_part_mb（{FileSize.Format(max)}），它所在的离线包 {part.ZipPath} 为 {FileSize.Format(sizes[part.ZipPath])}。",
                "压缩本期印刷版 PDF 或附件，或在 site.yml 的 bulletin 下调大 offline_part_mb (one issue alone is larger than the offline part size).");
        }
    }

    /// <summary>The copy's own search index (search/… at the zip's root): its articles only, so every result is a page the copy holds.</summary>
    private static Dictionary<string, byte[]> Search(OfflineCopy copy, Dictionary<string, RenderedDocument> documents, TermCollector terms)
    {
        var docs = copy.Issues.SelectMany(i => i.Entries).Select(e => e.Document.Id).Distinct(StringComparer.Ordinal)
            .Where(documents.ContainsKey).Select(id => SearchDocument.Of(documents[id], "")).ToList();
        var files = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        SearchIndexWriter.Write(docs, "", (path, bytes) => files[path] = bytes, terms);
        return new Dictionary<string, byte[]>(files, StringComparer.Ordinal);
    }

    /// <summary>
    /// What a published page became in the first copy that held it: its links, which files that copy
    /// held, and the compressed entry. A later copy (the whole archive) reuses the entry when every
    /// link of the page is inside or outside both copies alike, so that page is neither read,
    /// rewritten nor compressed again.
    /// </summary>
    private sealed record PageMemo(string[] Targets, HashSet<string> Contents, ZipEntryData Entry);

    private sealed class Caches
    {
        public ConcurrentDictionary<string, PageMemo> Pages { get; } = new(StringComparer.Ordinal);
        /// <summary>PDFs, attachments, CSS and scripts are the same bytes in every copy (PDFs and large attachments are only a path, sizes and a CRC: read from disk when written).</summary>
        public ConcurrentDictionary<string, ZipEntryData> Files { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Writes one zip and returns its size in bytes (0 when it could not be written).</summary>
    private static long WriteZip(OutputWriter output, OfflineCopy plan, IReadOnlyDictionary<string, byte[]> generated, ArchivedPages written, HashSet<string> published, IReadOnlyList<string> statics, Caches caches)
    {
        var root = output.Root;
        var pages = plan.Rendered.Keys.Concat(plan.Published.Where(p => IsPage(p) && published.Contains(p) && !plan.Rendered.ContainsKey(p))).ToList();
        var loaded = new ConcurrentDictionary<string, (string? Text, string[] Targets)>(StringComparer.Ordinal);
        Parallel.ForEach(pages, p =>
        {
            if (plan.Rendered.TryGetValue(p, out var html)) loaded[p] = (html, OfflineLinks.Targets(p, html).ToArray());
            else if (caches.Pages.TryGetValue(p, out var memo)) loaded[p] = (null, memo.Targets);
            else
            {
                var text = written.Text(p);
                loaded[p] = (text, OfflineLinks.Targets(p, text).ToArray());
            }
        });
        // Files the pages link to (print PDFs, attachments, images): only ones the build published.
        var binaries = statics
            .Concat(plan.Published.Where(p => !IsPage(p) && published.Contains(p)))
            .Concat(loaded.Values.SelectMany(l => l.Targets).Where(p => !IsPage(p) && published.Contains(p) && Path.GetExtension(p) is not (".xml" or ".zip")))
            .Distinct(StringComparer.Ordinal).ToList();
        var contents = pages.Concat(binaries).Concat(generated.Keys).ToHashSet(StringComparer.Ordinal);

        var entries = new ConcurrentBag<ZipEntryData>();
        Parallel.ForEach(loaded, l =>
        {
            var (path, (text, targets)) = (l.Key, l.Value);
            if (text is null)
            {
                var memo = caches.Pages[path];
                if (memo.Targets.All(t => memo.Contents.Contains(t) == contents.Contains(t)))
                {
                    entries.Add(memo.Entry);
                    return;
                }
                text = written.Text(path);
            }
            var entry = ZipEntryData.Create(path, Encoding.UTF8.GetBytes(OfflineLinks.Rewrite(path, text, contents.Contains)));
            if (!plan.Rendered.ContainsKey(path)) caches.Pages.TryAdd(path, new PageMemo(targets, contents, entry));
            entries.Add(entry);
        });
        Parallel.ForEach(generated, g => entries.Add(ZipEntryData.Create(g.Key, g.Value)));
        Parallel.ForEach(binaries.Where(b => !generated.ContainsKey(b)), b => entries.Add(caches.Files.GetOrAdd(b, _ => ZipEntryData.FromFile(b, Path.Combine(root, b)))));

        var list = entries.ToList();
        using var stream = output.Create(plan.ZipPath, "site.yml");
        if (stream is null) return 0;
        ZipWriter.Write(stream, list, plan.Newest);
        return stream.Length;
    }

    private static bool IsPage(string path) => path.EndsWith(".html", StringComparison.Ordinal);
}
