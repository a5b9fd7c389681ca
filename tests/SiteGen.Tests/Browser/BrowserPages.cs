using Microsoft.Playwright;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Browser;

/// <summary>Opening sample pages in a reading mode, shared by the browser tests.</summary>
internal static class BrowserPages
{
    /// <summary>localStorage key site.js keeps the reader's modes under.</summary>
    public const string ModesKey = "sitegen-modes";

    /// <summary>A page at the given viewport, with the reading modes already chosen (as a returning reader has them).</summary>
    public static async Task<IPage> OpenAsync(BrowserFixture browser, string url, string mode = "normal", int width = 1280, int height = 900)
    {
        var page = await browser.NewPageAsync(width, height);
        if (mode != "normal")
            await page.Context.AddInitScriptAsync($"localStorage.setItem('{ModesKey}', JSON.stringify(['{mode}']));");
        var response = await page.GotoAsync(url);
        Assert.True(response is null || response.Ok, $"{url}: {response?.Status}");
        if (mode != "normal")
            Assert.True(await page.EvaluateAsync<bool>($"document.documentElement.classList.contains('mode-{mode}')"), $"mode {mode} not applied on {url}");
        return page;
    }

    public static async Task CloseAsync(IPage page) => await page.Context.CloseAsync();

    /// <summary>How far the page is wider than its viewport (0 = no horizontal scrolling).</summary>
    public static Task<int> OverflowAsync(IPage page) =>
        page.EvaluateAsync<int>("Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth");
}
