using AngleSharp.Html.Parser;

namespace SiteGen.Tests.Deploy;

/// <summary>
/// A visitor's view: start at the home page and follow every link, image, script, stylesheet,
/// form target and redirect as a browser resolves it, once over HTTP from the server and once from
/// the folder on disk (file://). Every published page must be reached and nothing may be broken,
/// anchors included. AngleSharp parses the pages here, independently of the build's own scanner.
/// </summary>
[Slow]
public sealed class CrawlTests(DeployedSite site) : IClassFixture<DeployedSite>
{
    private sealed record Crawl(HashSet<string> Reached, List<string> Broken);

    [Fact]
    public async Task OverHttp_FromTheHomePage_EveryPublishedPageIsReached_WithNoBrokenLink()
    {
        using var client = site.Client("[::1]");
        var root = client.BaseAddress!;
        var crawl = await Run(new Uri(root, "index.html"), async uri =>
        {
            using var response = await client.GetAsync(uri);
            var html = response.Content.Headers.ContentType?.MediaType == "text/html" ? await response.Content.ReadAsStringAsync() : null;
            return ((int)response.StatusCode == 200, html);
        }, uri => uri.Scheme == root.Scheme && uri.Authority == root.Authority, uri => Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')));
        AssertComplete(crawl);
    }

    [Fact]
    public async Task FromDisk_FromIndexHtml_EveryPublishedPageIsReached_WithNoBrokenLink()
    {
        var root = new Uri(site.Out + "/");
        var crawl = await Run(new Uri(root, "index.html"), uri =>
        {
            // From disk a folder link shows a directory listing, not the page: it must name the file.
            var path = uri.LocalPath;
            var ok = File.Exists(path);
            return Task.FromResult((ok, ok && path.EndsWith(".html", StringComparison.Ordinal) ? File.ReadAllText(path) : null));
        }, uri => uri.IsFile, uri => Path.GetRelativePath(site.Out, uri.LocalPath).Replace('\\', '/'));
        AssertComplete(crawl);
    }

    private void AssertComplete(Crawl crawl)
    {
        Assert.True(crawl.Broken.Count == 0, "broken:\n" + string.Join("\n", crawl.Broken));
        Assert.True(site.PublishedPages.Count > 50, "the sample site publishes more than 50 pages");
        var missed = site.PublishedPages.Where(p => !crawl.Reached.Contains(p)).ToList();
        Assert.True(missed.Count == 0, "published but not reachable from the home page:\n" + string.Join("\n", missed));
    }

    private static async Task<Crawl> Run(Uri start, Func<Uri, Task<(bool Ok, string? Html)>> fetch, Func<Uri, bool> isInternal, Func<Uri, string> sitePath)
    {
        var parser = new HtmlParser();
        var queue = new Queue<(Uri Uri, string From)>([(start, "(start)")]);
        var seen = new HashSet<Uri> { start };
        var ids = new Dictionary<Uri, HashSet<string>>();
        var anchors = new List<(Uri Page, string Id, string From)>();
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var broken = new List<string>();
        while (queue.Count > 0)
        {
            var (uri, from) = queue.Dequeue();
            var (ok, html) = await fetch(uri);
            if (!ok)
            {
                broken.Add($"{uri} (linked from {from})");
                continue;
            }
            reached.Add(sitePath(uri));
            if (html is null) continue;
            var document = parser.ParseDocument(html);
            ids[uri] = document.QuerySelectorAll("[id]").Select(e => e.Id!).Concat(document.QuerySelectorAll("a[name]").Select(e => e.GetAttribute("name")!)).ToHashSet(StringComparer.Ordinal);
            foreach (var url in Links(document))
            {
                if (url.Length == 0) continue;
                // The fragment is split off first: System.Uri keeps a "#" of a file: URI in its path.
                var hash = url.IndexOf('#');
                var pathPart = hash < 0 ? url : url[..hash];
                // A query addresses the same static file (the 公报数据库 reads its filters from it); file: URIs would keep it in the path.
                if (pathPart.IndexOf('?') is var query and >= 0) pathPart = pathPart[..query];
                var page = pathPart.Length == 0 ? uri : new Uri(uri, pathPart);
                if (!isInternal(page)) continue;
                if (hash >= 0 && hash + 1 < url.Length) anchors.Add((page, Uri.UnescapeDataString(url[(hash + 1)..]), uri.ToString()));
                if (seen.Add(page)) queue.Enqueue((page, uri.ToString()));
            }
        }
        foreach (var (page, id, from) in anchors)
            if (ids.TryGetValue(page, out var set) && !set.Contains(id)) broken.Add($"{page}#{id} (linked from {from})");
        return new Crawl(reached, broken);
    }

    private static IEnumerable<string> Links(AngleSharp.Html.Dom.IHtmlDocument document)
    {
        foreach (var element in document.All)
        {
            foreach (var attribute in new[] { "href", "src", "action", "poster" })
                if (element.GetAttribute(attribute) is { } value) yield return value.Trim();
            if (element.LocalName == "meta" && string.Equals(element.GetAttribute("http-equiv"), "refresh", StringComparison.OrdinalIgnoreCase)
                && element.GetAttribute("content") is { } content && content.IndexOf("url=", StringComparison.OrdinalIgnoreCase) is var at and >= 0)
                yield return content[(at + 4)..].Trim();
        }
    }
}
