using Microsoft.Playwright;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Browser;

/// <summary>Keyboard-only readers: the skip link comes first and works; focus is always visible.</summary>
[Collection(BrowserCollection.Name)]
[Slow]
public sealed class KeyboardTests(BrowserFixture browser, SampleSiteFixture sample)
{
    [Theory]
    [InlineData("index.html")]
    [InlineData("xxgk/zcwj/2025/gfxwj-003.html")]
    [InlineData("gongbao/2026/04/index.html")]
    public async Task FirstTab_ReachesSkipLink_WhichMovesFocusToMain(string path)
    {
        var page = await BrowserPages.OpenAsync(browser, sample.FileUrl(path));
        try
        {
            await page.Keyboard.PressAsync("Tab");
            var first = await page.EvaluateAsync<string>("document.activeElement.className + '|' + document.activeElement.textContent");
            Assert.Equal("skip-link|跳到主要内容", first);
            var box = await page.Locator(".skip-link").BoundingBoxAsync();
            Assert.True(box is { Y: >= 0, Height: > 10 }, "the focused skip link is not on screen");
            await page.Keyboard.PressAsync("Enter");
            Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
            // The next Tab continues inside main, not back at the header.
            await page.Keyboard.PressAsync("Tab");
            Assert.True(await page.EvaluateAsync<bool>("document.getElementById('main').contains(document.activeElement)"), "Tab after the skip link left main");
        }
        finally
        {
            await BrowserPages.CloseAsync(page);
        }
    }

    [Theory]
    [InlineData("normal")]
    [InlineData("contrast")]
    public async Task EveryFocusableControl_ShowsAVisibleFocusOutline(string mode)
    {
        var page = await BrowserPages.OpenAsync(browser, sample.FileUrl("xxgk/fdzdgk/zcwj/gfxwj/index.html"), mode);
        try
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < 80; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                var focus = await page.EvaluateAsync<string[]>("""
                    () => { const e = document.activeElement, s = getComputedStyle(e);
                            return [e.tagName + ' ' + (e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 20), s.outlineStyle, s.outlineWidth]; }
                    """);
                if (focus[0].StartsWith("BODY", StringComparison.Ordinal)) break; // past the last control
                seen.Add(focus[0]);
                // At least 2px, so the theme's own outline is there and not only the browser's thin default ring.
                Assert.True(focus[1] is not ("none" or "hidden") && float.Parse(focus[2].Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture) >= 2, $"no clear focus outline on {focus[0]} in {mode} mode ({focus[1]} {focus[2]})");
            }
            Assert.Contains(seen, s => s.StartsWith("BUTTON 大字", StringComparison.Ordinal));
            Assert.Contains(seen, s => s.StartsWith("INPUT", StringComparison.Ordinal));
            Assert.True(seen.Count > 20, $"only {seen.Count} controls reached by Tab");
        }
        finally
        {
            await BrowserPages.CloseAsync(page);
        }
    }
}
