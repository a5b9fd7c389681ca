using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Search;

/// <summary>
/// The built search page in headless Chromium, from file:// and over HTTP (the tests' Kestrel StaticServer): a query typed
/// in the search box shows results, a filter narrows them, and ?q= in the URL searches on load.
/// Skipped only when /usr/bin/chromium is absent (scripts/install-deps.sh installs it).
/// </summary>
[Collection(BrowserCollection.Name)]
[Slow]
public sealed class BrowserTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly BrowserFixture _browser;

    public BrowserTests(BrowserFixture browser)
    {
        _browser = browser;
        _site.Doc("a.md", "title: 关于优化营商环境的通知\ndoc_number: 示政办发〔2019〕16号\ndate: 2019-05-01", "请各单位认真贯彻执行。")
            .Doc("b.md", "title: 关于优化营商环境的意见\ndate: 2024-01-01", "要持续优化营商环境。")
            .Doc("c.md", "title: 关于安全生产的通知\ndate: 2024-03-01", "安全第一。");
        _site.Build().NoErrors();
    }

    [ChromiumFact]
    public async Task SearchPage_FromFile_ShowsResults_AndFilterNarrowsThem()
    {
        await SearchAndFilter(new Uri(Path.Combine(_site.Out, "search.html")).AbsoluteUri);
    }

    [ChromiumFact]
    public async Task SearchPage_OverHttp_ShowsResults_AndFilterNarrowsThem()
    {
        await using var server = await StaticServer.StartAsync(_site.Out);
        var page = await SearchAndFilter(server.BaseUrl + "search.html");
        // With results, filters and marks drawn, the page meets WCAG 2.1 AA as axe checks it.
        var axe = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
    }

    [ChromiumFact]
    public async Task SearchPage_WithScriptsOff_SaysSoAndLinksTheSiteMap()
    {
        await using var context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(_site.Out, "search.html")).AbsoluteUri + "?q=test");
        var message = page.Locator(".search-noscript");
        Assert.True(await message.IsVisibleAsync());
        Assert.Contains("JavaScript", await message.TextContentAsync());
        Assert.Equal("sitemap.html", await message.Locator("a").GetAttributeAsync("href"));
        Assert.False(await page.Locator("#search-app").IsVisibleAsync());
    }

    private async Task<IPage> SearchAndFilter(string searchUrl)
    {
        var page = await _browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        await page.GotoAsync(searchUrl);
        await page.FillAsync("#search-q", "营商环境");
        await page.PressAsync("#search-q", "Enter");
        await page.WaitForSelectorAsync("#search-results li");
        Assert.Equal(2, await page.Locator("#search-results li").CountAsync());
        Assert.Contains("找到 2 条", await page.TextContentAsync("#search-status"));
        Assert.Equal("polite", await page.GetAttributeAsync("#search-status", "aria-live"));

        // By keyboard: the filter is a button; after the results narrow, focus is still on it.
        await page.FocusAsync("button[data-facet=year][data-value='2019']");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("document.querySelectorAll('#search-results li').length === 1");
        Assert.Equal("2019", await page.EvaluateAsync<string>("document.activeElement.getAttribute('data-value')"));
        Assert.Contains("关于优化营商环境的通知", await page.TextContentAsync("#search-results li h2"));
        Assert.Equal("true", await page.GetAttributeAsync("button[data-facet=year][data-value='2019']", "aria-pressed"));

        // The state is in the URL: opening it again searches at once (here the 文号, typed loosely).
        var linked = searchUrl + "?q=" + Uri.EscapeDataString("示政办发[2019]16号");
        await page.GotoAsync(linked);
        await page.WaitForSelectorAsync("#search-results li");
        Assert.Equal("a.html", await page.GetAttributeAsync("#search-results li a", "href"));
        Assert.Equal("营商环境", await page.EvaluateAsync<string>("SiteGenSearch.query('营商环境').then(r => r.results[0].title.slice(4, 8))"));
        Assert.Empty(errors);
        return page;
    }

    public void Dispose() => _site.Dispose();
}

/// <summary>A fact that is skipped (not failed) when Chromium is absent.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath)) Skip = "Chromium is not installed at " + BrowserFixture.ChromiumPath;
    }
}
