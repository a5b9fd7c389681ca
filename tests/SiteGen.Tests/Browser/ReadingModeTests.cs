using Microsoft.Playwright;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Browser;

/// <summary>
/// Elder-friendly reading modes (大字 / 高对比 / 宽行距): on every page, toggled by buttons that say
/// whether they are on, remembered across pages; and pages that read well with scripts off.
/// </summary>
[Collection(BrowserCollection.Name)]
[Slow]
public sealed class ReadingModeTests(BrowserFixture browser, SampleSiteFixture sample)
{
    private static Task<float> FontSizeAsync(IPage page, string selector) =>
        page.EvaluateAsync<float>($"parseFloat(getComputedStyle(document.querySelector('{selector}')).fontSize)");

    private static Task<float> LineHeightRatioAsync(IPage page, string selector) =>
        page.EvaluateAsync<float>($"(s => parseFloat(s.lineHeight) / parseFloat(s.fontSize))(getComputedStyle(document.querySelector('{selector}')))");

    [Fact]
    public async Task Modes_Toggle_AndAreRememberedOnTheNextPage()
    {
        var page = await BrowserPages.OpenAsync(browser, sample.FileUrl("index.html"));
        try
        {
            var large = page.GetByRole(AriaRole.Button, new() { Name = "大字" });
            var contrast = page.GetByRole(AriaRole.Button, new() { Name = "高对比" });
            var spacing = page.GetByRole(AriaRole.Button, new() { Name = "宽行距" });
            Assert.Equal("false", await large.GetAttributeAsync("aria-pressed"));
            var normalSize = await FontSizeAsync(page, "main");
            var normalBackground = await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");

            await large.ClickAsync();
            Assert.Equal("true", await large.GetAttributeAsync("aria-pressed"));
            // On is shown by a tick as well as by colour (the tick stays out of the name: still 大字).
            Assert.Contains("✓", await large.EvaluateAsync<string>("b => getComputedStyle(b, '::before').content"));
            Assert.Equal("none", await spacing.EvaluateAsync<string>("b => getComputedStyle(b, '::before').content"));
            Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "大字", Exact = true }).CountAsync());
            await contrast.ClickAsync();
            await spacing.ClickAsync();
            Assert.True(await FontSizeAsync(page, "main") >= normalSize * 1.2f, "大字 does not enlarge text");
            Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
            Assert.NotEqual("rgb(0, 0, 0)", normalBackground);

            // Another page, as a reader following a link: the choices are still on.
            await page.GotoAsync(sample.FileUrl("xxgk/zcwj/2025/gfxwj-003.html"));
            foreach (var mode in new[] { "large", "contrast", "spacing" })
                Assert.True(await page.EvaluateAsync<bool>($"document.documentElement.classList.contains('mode-{mode}')"), $"mode {mode} forgotten");
            Assert.Equal("true", await page.GetByRole(AriaRole.Button, new() { Name = "高对比" }).GetAttributeAsync("aria-pressed"));
            Assert.True(await LineHeightRatioAsync(page, ".body p") >= 2.0f, "宽行距 does not widen line spacing");

            // Turning one off is remembered too.
            await page.GetByRole(AriaRole.Button, new() { Name = "高对比" }).ClickAsync();
            await page.GotoAsync(sample.FileUrl("gongbao/index.html"));
            Assert.False(await page.EvaluateAsync<bool>("document.documentElement.classList.contains('mode-contrast')"));
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.classList.contains('mode-large')"));
        }
        finally
        {
            await BrowserPages.CloseAsync(page);
        }
    }

    [Fact]
    public async Task HighContrast_KeepsReportChartLabelsAndBarsVisibleOnBlack()
    {
        var page = await BrowserPages.OpenAsync(browser, sample.FileUrl("xxgk/nb/2025.html"), "contrast");
        try
        {
            Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.report-chart text')).fill"));
            Assert.Equal("rgb(255, 255, 0)", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.report-chart rect')).fill"));
        }
        finally
        {
            await BrowserPages.CloseAsync(page);
        }
    }

    [Fact]
    public async Task NormalMode_HasLineSpacingOfAtLeastOnePointFive()
    {
        var page = await BrowserPages.OpenAsync(browser, sample.FileUrl("xxgk/zcwj/2025/gfxwj-003.html"));
        try
        {
            Assert.True(await LineHeightRatioAsync(page, ".body p") >= 1.5f);
            Assert.True(await FontSizeAsync(page, ".body p") >= 18f, "body text smaller than 18px");
        }
        finally
        {
            await BrowserPages.CloseAsync(page);
        }
    }

    [Fact]
    public async Task WithScriptsOff_PagesRead_AndNoDeadButtonsShow()
    {
        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 375, Height = 800 } });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(sample.FileUrl("xxgk/yjzj/2026/yjzj-003.html"));
            Assert.False(await page.Locator(".reading-tools").IsVisibleAsync(), "mode buttons that cannot work are shown without scripts");
            Assert.True(await page.Locator("main h1").IsVisibleAsync());
            Assert.True(await page.Locator(".body").IsVisibleAsync());
            // The status computed at build time is there without the script.
            Assert.Equal("征集中", (await page.Locator(".consultation-status").TextContentAsync())?.Trim());
            Assert.True(await page.Locator(".search-box input").IsVisibleAsync());
            Assert.True(await BrowserPages.OverflowAsync(page) <= 0);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("2026-11-09T10:00:00", "未开始")]
    [InlineData("2026-11-10T08:00:00", "征集中")]
    [InlineData("2026-12-10T23:00:00", "征集中")]
    [InlineData("2026-12-11T00:30:00", "已结束")]
    public async Task ConsultationStatus_FollowsTheReadersDate(string now, string expected)
    {
        var page = await browser.NewPageAsync();
        try
        {
            await page.Clock.SetFixedTimeAsync(DateTime.Parse(now));
            await page.GotoAsync(sample.FileUrl("xxgk/yjzj/2026/yjzj-003.html"));
            Assert.Equal(expected, (await page.Locator(".consultation-status").TextContentAsync())?.Trim());
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Print_ShowsTheDocumentWithoutNavigation_InBlackOnWhiteEvenInHighContrastMode()
    {
        var page = await BrowserPages.OpenAsync(browser, sample.FileUrl("xxgk/zcwj/2025/gfxwj-001.html"), "contrast");
        try
        {
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            foreach (var hidden in new[] { ".site-header", ".crumbs", ".site-footer", ".prev-next", ".skip-link" })
                Assert.False(await page.Locator(hidden).First.IsVisibleAsync(), $"{hidden} is printed");
            foreach (var shown in new[] { "main h1", ".meta-table", ".validity-notice", ".body" })
                Assert.True(await page.Locator(shown).First.IsVisibleAsync(), $"{shown} is not printed");
            foreach (var text in new[] { ".body p", ".validity-notice a", ".meta-table td" })
                Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>($"getComputedStyle(document.querySelector('{text}')).color"));
            Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        }
        finally
        {
            await BrowserPages.CloseAsync(page);
        }
    }
}
