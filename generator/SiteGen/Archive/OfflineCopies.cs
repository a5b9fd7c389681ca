using System.Collections.Concurrent;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Rendering.Pages;
using SiteGen.Rendering.Views;
using SiteGen.Search;

namespace SiteGen.Archive;

/// <summary>
/// Offline copies of the 政府公报: a zip per year (/path/YEAR/gongbao-YEAR.zip) and one of the whole
/// archive (/path/gongbao-all.zip), then the download page listing them with their sizes. Runs
/// after rendering and static files, because a copy is made of the pages as published:
/// the year's issue pages, every article printed in them (a reprinted policy document at its own
/// canonical path), the PDFs and attachments those pages link to, the theme's CSS and scripts,
/// the 公报数据库 limited to the copy's years, and a search over the copy's articles only.
/// Pages that must differ offline are rendered again: a start page at the zip's root
/// (index.html), the year and archive pages without download links, the database with fewer years,
/// search.html with the copy's own index.
/// Only files the build already published go in, so nothing unpublished can.
/// </summary>
internal static class OfflineCopies
{
    /// <summary>Site-root path of the search page, where the header's search box posts; each copy has its own.</summary>
    public const string SearchPage = "search.html";

    /// <summary>
    /// One zip: pages rendered for it (path → HTML), files made for it alone (its search index),
    /// and the published files it copies.
    /// </summary>
    private sealed record Plan(string ZipPath, IReadOnlyList<YearView> Years, IReadOnlyDictionary<string, string> Rendered,
        IReadOnlyDictionary<string, byte[]> Generated, IReadOnlyList<string> Published);

    /// <param name="documents">The render stage's documents: each copy's search index lists its own articles from them.</param>
    public static void Write(RenderContext context, IReadOnlyList<RenderedDocument> documents, TermCollector terms)
    {
        var site = context.Site;
        if (site.Issues.Count == 0) return;
        var views = BulletinViews.From(context);
        // The site's search index is never part of a copy (each copy has its own), and it is being
        // written beside this stage (SiteBuilder): leaving it out keeps the copies independent of timing.
        var published = context.Output.Files.Where(f => !f.StartsWith(SearchIndexWriter.Folder, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var statics = StaticFiles.Enumerate(context.Theme).Select(s => s.Relative).Where(published.Contains).Distinct().ToList();
        var caches = new Caches();
        // The rendered documents by id, once: each copy's index takes its own articles from them.
        var byId = documents.ToDictionary(t => t.Document.Id, StringComparer.Ordinal);
        var sizes = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        // The years' copies are independent (each page is in one year); the whole archive's copy
        // comes after them, because it reuses their compressed pages.
        // A year too large for one file is written as parts (OfflineParts), each a zip of its own.
        Parallel.ForEach(views.Years.SelectMany(y => y.Parts.Select(p => (Year: y, Part: p))), job =>
        {
            var plan = YearPlan(context, views, job.Year, job.Part, byId, terms);
            sizes[plan.ZipPath] = WriteZip(context, plan, published, statics, caches);
        });
        foreach (var part in views.AllParts)
        {
            var all = AllPlan(context, views, part, byId, terms);
            sizes[all.ZipPath] = WriteZip(context, all, published, statics, caches);
        }
        WarnOversizedParts(context, views, sizes);
        BulletinPages.Write(context, DownloadsPage(context, views, sizes));
    }

    /// <summary>
    /// A part over `offline_part_mb` holds one issue larger than the limit on its own (parts are cut
    /// between issues, never inside one): a warning at that issue, once, so the editor can shrink its
    /// PDF or raise the limit. The zip is still written.
    /// </summary>
    private static void WarnOversizedParts(RenderContext context, BulletinViews views, IReadOnlyDictionary<string, long> sizes)
    {
        var max = context.Site.Config.Bulletin.OfflinePartBytes;
        if (max <= 0) return;
        var warned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in views.Years.SelectMany(y => y.Parts).Concat(views.AllParts))
        {
            if (sizes.GetValueOrDefault(part.ZipPath) <= max || part.Issues.Count != 1 || !warned.Add(part.Issues[0].Issue.Key)) continue;
            var issue = part.Issues[0].Issue;
            context.Diagnostics.Warning(SourcePosition.FileStart(issue.SourcePath), "offline-part-large",
                $"公报 {issue.Year} 年第 {issue.Issue} 期单独就超过离线包上限 offline_part_mb（{FileSize.Format(max)}），它所在的离线包 {part.ZipPath} 为 {FileSize.Format(sizes[part.ZipPath])}。",
                "压缩本期印刷版 PDF 或附件，或在 site.yml 的 bulletin 下调大 offline_part_mb (one issue alone is larger than the offline part size).");
        }
    }

    /// <summary>Whether the copy is one of several parts (then it lists only its own issues, and its start page says which).</summary>
    private static bool IsSplit(OfflinePart part, IReadOnlyList<YearView> years) => part.Issues.Count < years.Sum(y => y.Issues.Count);

    /// <summary>The year as a part of its copy shows it: only the part's issues.</summary>
    private static YearView Only(YearView year, OfflinePart part)
    {
        var keys = part.Issues.Where(i => i.Issue.Year == year.Year).Select(i => i.Issue.Issue).ToHashSet();
        return year with { Issues = year.Issues.Where(v => keys.Contains(v.Issue)).ToList(), Articles = part.Issues.Where(i => i.Issue.Year == year.Year).Sum(i => i.Entries.Count) };
    }

    private static Plan YearPlan(RenderContext context, BulletinViews views, YearView wholeYear, OfflinePart part, Dictionary<string, RenderedDocument> documents, TermCollector terms)
    {
        var site = context.Site;
        var split = IsSplit(part, [wholeYear]);
        var year = split ? Only(wholeYear, part) : wholeYear;
        var issues = site.Issues.Where(i => i.Issue.Year == year.Year && part.Issues.Contains(i)).ToList();
        var rendered = new Dictionary<string, string>(StringComparer.Ordinal);
        Render(context, rendered, StartPage(context, [year], complete: false, split ? part : null));
        // Every page links to the archive home; a copy that holds its own (with this year only)
        // keeps those links, and then most pages are the same bytes in this copy and the whole one.
        Render(context, rendered, BulletinPages.Home(context, views, [year], offline: true, split ? issues : null));
        Render(context, rendered, BulletinPages.Year(context, views, year, offline: true));
        Render(context, rendered, BulletinDatabasePages.Page(context, views, [year]));
        var generated = Search(context, rendered, issues, $"{year.Year}年公报", documents, terms);
        var pages = issues.Select(i => BulletinPaths.Issue(site, i.Issue))
            .Concat(issues.SelectMany(i => i.Entries).Select(e => site.PagePath[e.Document.Id]))
            .Append(BulletinPaths.DatabaseData(site, year.Year));
        return new Plan(part.ZipPath, [year], rendered, generated, pages.Distinct().ToList());
    }

    private static Plan AllPlan(RenderContext context, BulletinViews views, OfflinePart part, Dictionary<string, RenderedDocument> documents, TermCollector terms)
    {
        var site = context.Site;
        var split = IsSplit(part, views.Years);
        var years = split ? views.Years.Where(y => part.Issues.Any(i => i.Issue.Year == y.Year)).Select(y => Only(y, part)).ToList() : views.Years;
        var issues = split ? site.Issues.Where(part.Issues.Contains).ToList() : site.Issues;
        var rendered = new Dictionary<string, string>(StringComparer.Ordinal);
        Render(context, rendered, StartPage(context, years, complete: true, split ? part : null));
        Render(context, rendered, BulletinPages.Home(context, views, years, offline: true, split ? issues : null));
        foreach (var year in years) Render(context, rendered, BulletinPages.Year(context, views, year, offline: true));
        var generated = Search(context, rendered, issues, "全部公报", documents, terms);
        var pages = issues.Select(i => BulletinPaths.Issue(site, i.Issue))
            .Concat(issues.SelectMany(i => i.Entries).Select(e => site.PagePath[e.Document.Id]))
            .Append(BulletinPaths.Database(site))
            .Concat(years.Select(y => BulletinPaths.DatabaseData(site, y.Year)));
        return new Plan(part.ZipPath, years, rendered, generated, pages.Distinct().ToList());
    }

    /// <summary>
    /// The copy's own search: search.html at the zip's root (where the header's search box posts)
    /// over an index of the copy's articles only, so every result is a page the copy holds.
    /// </summary>
    private static Dictionary<string, byte[]> Search(RenderContext context, Dictionary<string, string> rendered, IReadOnlyList<PublishedIssue> issues, string scope, Dictionary<string, RenderedDocument> documents, TermCollector terms)
    {
        var docs = issues.SelectMany(i => i.Entries).Select(e => e.Document.Id).Distinct(StringComparer.Ordinal)
            .Where(documents.ContainsKey).Select(id => SearchDocument.Of(documents[id], "")).ToList();
        var files = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        SearchIndexWriter.Write(docs, "", (path, bytes) => files[path] = bytes, terms);
        var page = new PageView
        {
            Kind = "search",
            Title = $"站内搜索（{scope}离线版）",
            Path = SearchPage,
            Breadcrumbs = context.Crumbs(null, new LinkView("站内搜索", "")),
            Meta = MetaTags.ForSite(context.Site),
        };
        Render(context, rendered, new PagePlan("search", page, "site.yml", new Dictionary<string, object?> { ["index"] = SearchIndexWriter.Folder }));
        return new Dictionary<string, byte[]>(files, StringComparer.Ordinal);
    }

    private static void Render(RenderContext context, Dictionary<string, string> into, PagePlan plan)
    {
        if (BulletinPages.RenderToString(context, plan) is { } html) into[plan.Page.Path] = html;
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
    private static long WriteZip(RenderContext context, Plan plan, HashSet<string> published, IReadOnlyList<string> statics, Caches caches)
    {
        var root = context.Output.Root;
        var pages = plan.Rendered.Keys.Concat(plan.Published.Where(p => IsPage(p) && published.Contains(p) && !plan.Rendered.ContainsKey(p))).ToList();
        var loaded = new ConcurrentDictionary<string, (string? Text, string[] Targets)>(StringComparer.Ordinal);
        Parallel.ForEach(pages, p =>
        {
            if (plan.Rendered.TryGetValue(p, out var html)) loaded[p] = (html, OfflineLinks.Targets(p, html).ToArray());
            else if (caches.Pages.TryGetValue(p, out var memo)) loaded[p] = (null, memo.Targets);
            else
            {
                var text = File.ReadAllText(Path.Combine(root, p));
                loaded[p] = (text, OfflineLinks.Targets(p, text).ToArray());
            }
        });
        // Files the pages link to (print PDFs, attachments, images): only ones the build published.
        var binaries = statics
            .Concat(plan.Published.Where(p => !IsPage(p) && published.Contains(p)))
            .Concat(loaded.Values.SelectMany(l => l.Targets).Where(p => !IsPage(p) && published.Contains(p) && Path.GetExtension(p) is not (".xml" or ".zip")))
            .Distinct(StringComparer.Ordinal).ToList();
        var contents = pages.Concat(binaries).Concat(plan.Generated.Keys).ToHashSet(StringComparer.Ordinal);

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
                text = File.ReadAllText(Path.Combine(root, path));
            }
            var entry = ZipEntryData.Create(path, Encoding.UTF8.GetBytes(OfflineLinks.Rewrite(path, text, contents.Contains)));
            if (!plan.Rendered.ContainsKey(path)) caches.Pages.TryAdd(path, new PageMemo(targets, contents, entry));
            entries.Add(entry);
        });
        Parallel.ForEach(plan.Generated, g => entries.Add(ZipEntryData.Create(g.Key, g.Value)));
        Parallel.ForEach(binaries.Where(b => !plan.Generated.ContainsKey(b)), b => entries.Add(caches.Files.GetOrAdd(b, _ => ZipEntryData.FromFile(b, Path.Combine(root, b)))));

        var list = entries.ToList();
        var newest = context.Site.Issues.Where(i => plan.Years.Any(y => y.Year == i.Issue.Year)).Max(i => i.Issue.Date).Date;
        using var stream = context.Output.Create(plan.ZipPath, "site.yml");
        if (stream is null) return 0;
        ZipWriter.Write(stream, list, newest);
        return stream.Length;
    }

    private static bool IsPage(string path) => path.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>The zip's index.html: what this copy holds, when it was made and where the original is.</summary>
    private static PagePlan StartPage(RenderContext context, IReadOnlyList<YearView> years, bool complete, OfflinePart? part)
    {
        var site = context.Site;
        var title = complete ? $"{site.Config.Bulletin.Name}（全部，离线版）" : $"{site.Config.Bulletin.Name}{years[0].Year}年（离线版）";
        if (part is not null) title = $"{title[..^1]}，{part.Label}：{part.Holds}）";
        var page = new PageView
        {
            Kind = "bulletin-offline",
            Title = title,
            Path = "index.html",
            Meta = MetaTags.ForSite(site),
            Description = title,
        };
        var online = complete ? BulletinPaths.Home(site) : BulletinPaths.Year(site, years[0].Year);
        return new PagePlan("bulletin-offline", page, "site.yml", new Dictionary<string, object?>
        {
            ["years"] = years,
            ["home_url"] = RelativeUrl.Escape(BulletinPaths.Home(site)),
            ["database_url"] = RelativeUrl.Escape(BulletinPaths.Database(site)),
            ["online"] = site.Config.BaseUrl.Length > 0 ? site.Config.BaseUrl + RelativeUrl.Escape(online) : null,
            ["as_of"] = site.AsOf.ToString("yyyy-MM-dd"),
        });
    }

    private static PagePlan DownloadsPage(RenderContext context, BulletinViews views, IReadOnlyDictionary<string, long> sizes)
    {
        var site = context.Site;
        var path = BulletinPaths.Downloads(site);
        string? Size(string zip) => sizes.GetValueOrDefault(zip) is > 0 and var n ? FileSize.Format(n) : null;
        // Listed only when a copy is split: a copy in one zip keeps its single link.
        List<object> Parts(IReadOnlyList<OfflinePart> parts) => parts.Count < 2 ? [] :
            parts.Select(p => (object)new { p.Label, Url = RelativeUrl.Escape(p.ZipPath), p.Holds, Size = Size(p.ZipPath) ?? "—" }).ToList();
        var allZip = BulletinPaths.AllZip(site);
        var split = views.AllParts.Count > 1 || views.Years.Any(y => y.Parts.Count > 1);
        return new PagePlan("bulletin-downloads", BulletinPages.Page(context, path, "公报离线下载", "bulletin-downloads", new LinkView("离线下载", "")), "site.yml",
            new Dictionary<string, object?>
            {
                ["years"] = views.Years.Select(y => new { y.Year, y.Url, Issues = y.Issues.Count, y.Articles, y.Zip, Size = Size(BulletinPaths.YearZip(site, y.Year)), Parts = Parts(y.Parts) }).ToList(),
                ["all"] = new { Url = RelativeUrl.Escape(allZip), Size = Size(allZip), Issues = site.Issues.Count, Articles = site.Issues.Sum(i => i.Entries.Count), Parts = Parts(views.AllParts) },
                ["part_size"] = split ? FileSize.Format(site.Config.Bulletin.OfflinePartBytes) : null,
                ["as_of"] = site.AsOf.ToString("yyyy-MM-dd"),
            });
    }
}
