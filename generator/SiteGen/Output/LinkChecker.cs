using System.Collections.Concurrent;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Rendering.Pages;

namespace SiteGen.Output;

/// <summary>
/// 链接检查: every internal link, image, attachment, form target, anchor (#id) and alias redirect in
/// the built pages and feeds must resolve to a file of the output, as a browser would resolve it
/// from disk (file://), where a folder link must name index.html. National monitoring deducts
/// points per broken link. External links are not fetched (the report lists them).
/// A broken link is an error at the source of the page: the content file for document pages (on
/// the line that holds the link when it can be found there), else the template's source.
/// </summary>
internal static class LinkChecker
{
    private sealed record Broken(string Page, string Url, string Target, string Problem);

    /// <summary>A link to an anchor, checked once every page's ids are known.</summary>
    private sealed record Anchor(string Page, string Url, string Target, string Id);

    /// <summary>
    /// The link-check stage: every page and feed written into <paramref name="output"/>, from their
    /// scans (<paramref name="scanned"/>, made as they were written), against every file written.
    /// </summary>
    public static void Check(ScannedPages scanned, OutputWriter output, SiteConfig config, string sourceDir, DiagnosticBag diagnostics)
    {
        var files = output.Files;
        Check(scanned, output, files.ToHashSet(StringComparer.Ordinal), files.Where(IsScanned).ToArray(), null, config, sourceDir, diagnostics);
    }

    /// <summary>
    /// `serve --watch`: checks the pages written into output (the re-rendered ones) against every
    /// file the site will have (<paramref name="siteFiles"/>); an anchor into a page not written
    /// this time is looked up in that page as served from <paramref name="servedRoot"/>.
    /// </summary>
    public static void Check(ScannedPages scanned, OutputWriter output, IReadOnlySet<string> siteFiles, string servedRoot, SiteConfig config, string sourceDir, DiagnosticBag diagnostics) =>
        Check(scanned, output, siteFiles, output.Files.Where(IsScanned).ToArray(), servedRoot, config, sourceDir, diagnostics);

    private static void Check(ScannedPages scanned, OutputWriter output, IReadOnlySet<string> fileSet, string[] pages, string? servedRoot, SiteConfig config, string sourceDir, DiagnosticBag diagnostics)
    {
        var notFoundRoot = SpecialPages.NotFoundRoot(config);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in fileSet)
            for (var dir = OutputTree.Folder(file); dir.Length > 0 && folders.Add(dir); dir = OutputTree.Folder(dir)) { }

        // One pass over the pages (scanned as they were written; only copied ones are read back):
        // links to files are checked at once, links to anchors wait for the ids of every page. A
        // URL means the same from every page of one folder, and most are the same navigation links
        // on thousands of pages, so each is resolved once per folder.
        var ids = new IReadOnlySet<string>[pages.Length];
        var broken = new ConcurrentBag<Broken>();
        var anchors = new ConcurrentBag<Anchor>();
        var resolved = new ConcurrentDictionary<(string Folder, string Url), (Broken?, Anchor?)>();
        Parallel.For(0, pages.Length, i =>
        {
            var path = pages[i];
            var page = scanned.Of(path) ?? HtmlLinkScanner.Scan(File.ReadAllText(Path.Combine(output.Root, path)));
            ids[i] = page.Ids;
            var folder = OutputTree.Folder(path);
            foreach (var link in page.Links)
            {
                var (problem, anchor) = DependsOnPage(path, link.Url)
                    ? Resolve(path, link.Url, notFoundRoot, fileSet, folders)
                    : resolved.GetOrAdd((folder, link.Url), key => Resolve(path, key.Url, notFoundRoot, fileSet, folders));
                if (problem is not null) broken.Add(problem with { Page = path });
                else if (anchor is not null) anchors.Add(anchor with { Page = path });
            }
        });
        var idsByPage = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Length; i++) idsByPage[pages[i]] = ids[i];
        foreach (var a in anchors)
        {
            if (!idsByPage.TryGetValue(a.Target, out var targetIds) && servedRoot is not null && File.Exists(Path.Combine(servedRoot, a.Target)))
                idsByPage[a.Target] = targetIds = HtmlLinkScanner.Scan(File.ReadAllText(Path.Combine(servedRoot, a.Target))).Ids;
            if (targetIds is not null && !targetIds.Contains(a.Id))
                broken.Add(new Broken(a.Page, a.Url, a.Target + "#" + a.Id, "指向的锚点（id）在页面中不存在"));
        }
        Report(broken, output, sourceDir, diagnostics);
    }

    /// <summary>Links whose outcome is not the same for every page of a folder: "#id" (this page) and any link on the 404 page.</summary>
    private static bool DependsOnPage(string page, string url) => page == "404.html" || url.AsSpan().TrimStart() is ['#' or '?', ..];

    public static bool IsScanned(string path) => Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm" or ".xml";

    /// <summary>What is wrong with a link, or the anchor it still needs checked; neither when it resolves or is not ours to check.</summary>
    private static (Broken?, Anchor?) Resolve(string page, string rawUrl, string notFoundRoot, IReadOnlySet<string> files, HashSet<string> folders)
    {
        var url = rawUrl.Trim();
        if (url.Length == 0 || UrlSafety.IsExternal(url)) return (null, null);
        var hash = url.IndexOf('#');
        var fragment = hash < 0 ? "" : url[(hash + 1)..];
        var pathPart = hash < 0 ? url : url[..hash];
        var query = pathPart.IndexOf('?');
        if (query >= 0) pathPart = pathPart[..query];
        string target;
        if (pathPart.Length == 0) target = page;
        else
        {
            var decoded = Uri.UnescapeDataString(pathPart);
            // The 404 page is served at any depth, so it links from the site root's path on the
            // server; nothing else may, or the site breaks under a sub-path and from disk.
            if (decoded.StartsWith('/') && page != "404.html")
                return (new Broken(page, rawUrl, decoded, "以“/”开头，放在子路径下或从本地磁盘打开时会失效"), null);
            if (decoded.StartsWith('/') && !decoded.StartsWith(notFoundRoot, StringComparison.Ordinal))
                return (new Broken(page, rawUrl, decoded, $"不在网站根路径 {notFoundRoot} 之下"), null);
            var joined = decoded.StartsWith('/') ? decoded[notFoundRoot.Length..] : OutputTree.Folder(page) + "/" + decoded;
            var (normal, above) = Normalize(joined);
            if (above > 0) return (new Broken(page, rawUrl, string.Concat(Enumerable.Repeat("../", above)) + normal, "超出了网站根目录"), null);
            if (normal.Length == 0 || decoded.EndsWith('/') || folders.Contains(normal))
                return (files.Contains(Combine(normal, "index.html"))
                    ? new Broken(page, rawUrl, normal + "/", "指向文件夹，从本地磁盘打开时无法访问（应写明 index.html）")
                    : new Broken(page, rawUrl, normal + "/", "指向的文件夹不存在或没有 index.html"), null);
            if (!files.Contains(normal)) return (new Broken(page, rawUrl, normal, "指向的文件不存在"), null);
            target = normal;
        }
        // "#top" scrolls to the top of any page (HTML standard), with or without such an id.
        if (fragment.Length == 0 || fragment == "top" || !IsScanned(target)) return (null, null);
        return (null, new Anchor(page, rawUrl, target, Uri.UnescapeDataString(fragment)));
    }

    private static string Combine(string folder, string file) => folder.Length == 0 ? file : folder + "/" + file;

    /// <summary>Resolves "." and ".." segments; counts the ".." that would climb above the site root.</summary>
    private static (string Path, int Above) Normalize(string path)
    {
        var stack = new List<string>();
        var above = 0;
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment != "..") stack.Add(segment);
            else if (stack.Count > 0) stack.RemoveAt(stack.Count - 1);
            else above++;
        }
        return (string.Join('/', stack), above);
    }

    /// <summary>
    /// A link written in a content file is reported on its line there. Any other broken link comes
    /// from the theme, which repeats it on thousands of pages: one error per target, naming an
    /// example page and the count, instead of thousands of lines.
    /// </summary>
    private static void Report(IEnumerable<Broken> broken, OutputWriter output, string sourceDir, DiagnosticBag diagnostics)
    {
        var sources = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        var fromTemplates = new List<(Broken Link, string Source)>();
        var ordered = broken.OrderBy(b => b.Page, StringComparer.Ordinal).ThenBy(b => b.Url, StringComparer.Ordinal).Distinct();
        foreach (var b in ordered)
        {
            var source = output.OwnerOf(b.Page) ?? b.Page;
            if (source.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && Locate(sourceDir, source, b.Url, sources) is { } at)
                diagnostics.Error(at, DiagnosticCodes.BrokenLink, $"页面 {b.Page} 中的链接“{b.Url}”{b.Problem}：{b.Target}。", "请核对正文中的链接、图片、附件或锚点（#后的名称）。");
            else fromTemplates.Add((b, source));
        }
        foreach (var group in fromTemplates.GroupBy(t => (t.Link.Target, t.Link.Problem)))
        {
            var (first, source) = group.First();
            var others = group.Select(t => t.Link.Page).Distinct(StringComparer.Ordinal).Count() - 1;
            var more = others > 0 ? $"（另有 {others} 个页面有同样的链接）" : "";
            diagnostics.Error(SourcePosition.FileStart(source), DiagnosticCodes.BrokenLink, $"页面 {first.Page} 中的链接“{first.Url}”{first.Problem}：{first.Target}{more}。",
                "这个链接由主题模板生成：请修正模板（或站点 layouts/ 中覆盖的模板）。");
        }
    }

    /// <summary>The line of the content file that holds the link as it appears in the page, if any.</summary>
    private static SourcePosition? Locate(string sourceDir, string source, string url, Dictionary<string, string[]?> cache)
    {
        if (!cache.TryGetValue(source, out var lines))
        {
            var file = Path.Combine(sourceDir, source);
            cache[source] = lines = File.Exists(file) ? File.ReadAllLines(file) : null;
        }
        if (lines is null) return null;
        var hash = url.IndexOf('#');
        // A link to another document's .md is rewritten to its page: only its #anchor is in the source.
        foreach (var needle in hash > 0 ? new[] { url, url[hash..] } : new[] { url })
            for (var i = 0; i < lines.Length; i++)
                if (lines[i].IndexOf(needle, StringComparison.Ordinal) is var col and >= 0) return new SourcePosition(source, i + 1, col + 1);
        return null;
    }
}
