using Microsoft.Playwright;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Browser;

/// <summary>
/// Reflow (WCAG 1.4.10) and older readers: no page of any kind scrolls sideways at 320 px, at
/// 640 px (a 1280 px window at 200% zoom) in the large-text mode, or at phone and desktop widths.
/// With SITEGEN_SCREENSHOTS=DIR set (bench/screenshots.sh does), each page is also saved as a
/// full-page PNG at 1280 and 375 px, normal and high contrast, for a person to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
[Slow]
public sealed class LayoutTests(BrowserFixture browser, SampleSiteFixture sample, PagedSiteFixture paged) : IClassFixture<PagedSiteFixture>
{
    private static readonly string? ScreenshotDir = Environment.GetEnvironmentVariable("SITEGEN_SCREENSHOTS");

    [Theory]
    [MemberData(nameof(SamplePages.Kinds), MemberType = typeof(SamplePages))]
    public async Task PageKind_DoesNotScrollSideways_At320Px_OrAt200PercentZoomInLargeText(string kind)
    {
        foreach (var (width, mode) in new[] { (320, "normal"), (320, "large"), (640, "large"), (375, "contrast"), (1280, "contrast"), (1280, "normal") })
        {
            var page = await BrowserPages.OpenAsync(browser, SamplePages.Url(kind, sample, paged), mode, width, 800);
            try
            {
                var overflow = await BrowserPages.OverflowAsync(page);
                var culprit = overflow > 0 ? await WidestAsync(page) : "";
                Assert.True(overflow <= 0, $"{kind} at {width}px in {mode} mode scrolls sideways by {overflow}px; widest: {culprit}");
                if (ScreenshotDir is not null && width is 1280 or 375 && mode is "normal" or "contrast")
                    await SaveAsync(page, kind, width, mode);
                if (ScreenshotDir is not null && width == 1280 && mode == "normal")
                {
                    await page.SetViewportSizeAsync(375, 800);
                    await SaveAsync(page, kind, 375, "normal");
                }
            }
            finally
            {
                await BrowserPages.CloseAsync(page);
            }
        }
    }

    /// <summary>WCAG 1.4.12: readers who override text spacing lose no content (here: nothing pushed sideways).</summary>
    [Theory]
    [MemberData(nameof(SamplePages.Kinds), MemberType = typeof(SamplePages))]
    public async Task PageKind_TakesWcagTextSpacing_At320Px(string kind)
    {
        // The reader's own style sheet is not subject to the page's CSP; in the test it is injected, so bypass it.
        var context = await browser.Browser.NewContextAsync(new() { BypassCSP = true, ViewportSize = new() { Width = 320, Height = 800 } });
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync(SamplePages.Url(kind, sample, paged));
            await page.AddStyleTagAsync(new() { Content = "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }" });
            var overflow = await BrowserPages.OverflowAsync(page);
            Assert.True(overflow <= 0, $"{kind} with WCAG text spacing scrolls sideways by {overflow}px; widest: {await WidestAsync(page)}");
        }
        finally
        {
            await BrowserPages.CloseAsync(page);
        }
    }

    private static async Task SaveAsync(IPage page, string kind, int width, string mode)
    {
        Directory.CreateDirectory(ScreenshotDir!);
        var name = mode == "normal" ? $"{kind}-{width}.png" : $"{kind}-{width}-{mode}.png";
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDir!, name), FullPage = true });
    }

    /// <summary>The element reaching furthest right, to name in a failure.</summary>
    private static Task<string> WidestAsync(IPage page) => page.EvaluateAsync<string>("""
        () => {
          let best = null, right = 0;
          for (const el of document.querySelectorAll('body *')) {
            const r = el.getBoundingClientRect().right;
            if (r > right) { right = r; best = el; }
          }
          return best ? best.tagName.toLowerCase() + (best.className ? '.' + best.className : '') + ' right=' + Math.round(right) : '';
        }
        """);
}
