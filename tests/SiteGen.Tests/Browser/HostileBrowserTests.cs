using Microsoft.Playwright;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Security;

/// <summary>
/// Every page of the hostile fixture in headless Chromium, over HTTP (CSP bypassed, so only
/// escaping and sanitizing protect) and from file:// (CSP in force, and any violation is a
/// failure). No dialog may open and no payload marker may be set; hostile titles are visible text.
/// A search page (search.html), once the theme has one, is also opened with each hostile title as ?q=.
/// </summary>
[Collection(HostileCollection.Name)]
[Slow]
public sealed class HostileBrowserTests(HostileSite site, BrowserFixture browser)
{
    private List<string> Pages() => Directory.EnumerateFiles(site.Out, "*.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(site.Out, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> SearchQueries(string page) =>
        Path.GetFileName(page) == "search.html" ? HostileSite.Titles.Select(t => page + "?q=" + Uri.EscapeDataString(t)) : [];

    [Fact]
    public async Task EveryPage_OverHttp_RunsNoPayload_EvenWithoutCsp()
    {
        await using var server = await StaticServer.StartAsync(site.Out);
        await using var watch = await ScriptWatch.OpenAsync(browser, bypassCsp: true);
        var pages = Pages();
        foreach (var page in pages)
            await watch.VisitAsync(server.BaseUrl + string.Join('/', page.Split('/').Select(Uri.EscapeDataString)));
        foreach (var query in pages.SelectMany(SearchQueries))
        {
            await watch.VisitAsync(server.BaseUrl + query);
            await AssertQueryShownAsText(watch, query);
        }
        Assert.True(watch.Problems.Count == 0, string.Join("\n", watch.Problems));
    }

    /// <summary>The search page echoes the query (“没有找到与…相关的信息” or “找到 n 条与…”): it must be the typed text.</summary>
    private static async Task AssertQueryShownAsText(ScriptWatch watch, string query)
    {
        var q = Uri.UnescapeDataString(query[(query.IndexOf("?q=", StringComparison.Ordinal) + 3)..]);
        try
        {
            await watch.Page.WaitForFunctionAsync("q => document.body.textContent.includes(q)", q, new PageWaitForFunctionOptions { Timeout = 5000 });
        }
        catch (TimeoutException)
        {
            watch.Problems.Add($"{query}: the query is not shown as text on the search page");
        }
    }

    [Fact]
    public async Task EveryPage_FromFile_RunsNoPayload_AndViolatesNoCsp()
    {
        await using var watch = await ScriptWatch.OpenAsync(browser, bypassCsp: false);
        var pages = Pages();
        foreach (var page in pages)
            await watch.VisitAsync(new Uri(Path.Combine(site.Out, page)).AbsoluteUri);
        foreach (var query in pages.SelectMany(SearchQueries))
        {
            await watch.VisitAsync(new Uri(Path.Combine(site.Out, query.Split('?')[0])).AbsoluteUri + query[query.IndexOf('?')..]);
            await AssertQueryShownAsText(watch, query);
        }
        Assert.True(watch.Problems.Count == 0, string.Join("\n", watch.Problems));
    }

    [Fact]
    public async Task HostileTitles_AreVisibleAsText()
    {
        await using var server = await StaticServer.StartAsync(site.Out);
        await using var watch = await ScriptWatch.OpenAsync(browser, bypassCsp: true);
        foreach (var (path, title) in site.Pages)
        {
            await watch.VisitAsync(server.BaseUrl + path);
            var heading = watch.Page.Locator("h1");
            Assert.True(await heading.IsVisibleAsync(), path);
            Assert.Equal(title, await heading.TextContentAsync());
            Assert.Contains(title, await watch.Page.TitleAsync(), StringComparison.Ordinal);
        }
        Assert.True(watch.Problems.Count == 0, string.Join("\n", watch.Problems));
    }

    /// <summary>The watch itself: a page whose inline script runs must be caught, with the CSP off (dialog, marker) and on (violation).</summary>
    [Fact]
    public async Task Watch_CatchesAScriptThatRuns()
    {
        using var dir = new TempDir();
        var file = dir.File("probe.html");
        File.WriteAllText(file, "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self'\"><title>t</title></head>"
            + "<body><script>window.__pwned = 1; document.title = 'PWNED-BY-CONTENT'; alert('probe');</script><img src=\"x\" onerror=\"alert('img')\"></body></html>");
        var url = new Uri(file).AbsoluteUri;
        await using (var open = await ScriptWatch.OpenAsync(browser, bypassCsp: true))
        {
            await open.VisitAsync(url);
            Assert.Contains(open.Problems, p => p.EndsWith("window.__pwned was set", StringComparison.Ordinal));
            Assert.Contains(open.Problems, p => p.EndsWith("document.title was changed by a payload", StringComparison.Ordinal));
            Assert.Contains(open.Problems, p => p.Contains("dialog alert: probe", StringComparison.Ordinal));
        }
        await using (var guarded = await ScriptWatch.OpenAsync(browser, bypassCsp: false))
        {
            await guarded.VisitAsync(url);
            Assert.Contains(guarded.Problems, p => p.Contains("CSP violation: script-src", StringComparison.Ordinal));
            Assert.DoesNotContain(guarded.Problems, p => p.Contains("dialog", StringComparison.Ordinal));
        }
    }
}
