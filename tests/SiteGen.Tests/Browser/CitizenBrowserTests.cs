using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SiteGen.Tests.Browser;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Citizen;

/// <summary>
/// The citizen pages of the sample site (built on 2026-11-26) in Chromium, from file:// and over
/// HTTP, at 1280 and 375 px: consultation statuses follow the reader's clock on lists and the home
/// page, the 依申请公开 page's forms download, and every changed page is axe-clean.
/// </summary>
[Collection(BrowserCollection.Name)]
[Slow]
public sealed class CitizenBrowserTests(BrowserFixture browser, SampleSiteFixture sample)
{
    private const string Consultation = "关于《示例区养老服务设施规划建设管理办法（征求意见稿）》公开征求意见的公告";

    public static TheoryData<string, int> Ways => new() { { "file", 1280 }, { "file", 375 }, { "http", 1280 }, { "http", 375 } };

    private string Url(string way, string path) => way == "file" ? sample.FileUrl(path) : sample.HttpUrl(path);

    private async Task<IPage> OpenAt(string way, int width, string path, string? now = null)
    {
        var page = await browser.NewPageAsync(width, 900);
        if (now is not null) await page.Clock.SetFixedTimeAsync(DateTime.Parse(now));
        var response = await page.GotoAsync(Url(way, path));
        Assert.True(response is null || response.Ok, $"{path}: {response?.Status}");
        return page;
    }

    [Theory]
    [MemberData(nameof(Ways))]
    public async Task Statuses_OnHomeAndList_FollowTheReadersClock(string way, int width)
    {
        foreach (var (now, status, shownOnHome) in new[] { ("2026-11-09T10:00:00", "未开始", true), ("2026-11-30T10:00:00", "征集中", true), ("2026-12-11T00:30:00", "已结束", false) })
        {
            var home = await OpenAt(way, width, "index.html", now);
            try
            {
                var item = home.Locator(".open-consultations li", new() { HasText = Consultation });
                Assert.Equal(status, (await item.Locator(".consultation-status").TextContentAsync())?.Trim());
                Assert.Equal(shownOnHome, await item.IsVisibleAsync());
                if (shownOnHome) Assert.Contains("截止日期 2026-12-10", await item.InnerTextAsync());
                // Once the sample's only open consultation is over, the block says nothing is open.
                Assert.Equal(!shownOnHome, await home.Locator(".open-consultations .open-none").IsVisibleAsync());
            }
            finally { await BrowserPages.CloseAsync(home); }
            var list = await OpenAt(way, width, "xxgk/fdzdgk/yjzj/index.html", now);
            try
            {
                var row = list.Locator(".doc-list li", new() { HasText = Consultation });
                Assert.Equal(status, (await row.Locator(".consultation-status").TextContentAsync())?.Trim());
                Assert.True(await row.Locator(".consultation-meta").IsVisibleAsync());
                Assert.True(await BrowserPages.OverflowAsync(list) <= 0, "the list scrolls sideways");
            }
            finally { await BrowserPages.CloseAsync(list); }
        }
    }

    [Theory]
    [MemberData(nameof(Ways))]
    public async Task ApplicationPage_IsReachedFromTheColumn_AndItsFormsDownload(string way, int width)
    {
        var page = await OpenAt(way, width, "xxgk/index.html");
        try
        {
            // The column links the page; going to the link's address (rather than clicking and
            // racing the navigation's load event, which timed out once on a loaded CI machine).
            var pageUrl = await page.Locator(".column-services a", new() { HasText = "依申请公开" }).EvaluateAsync<string>("a => a.href");
            Assert.EndsWith("/xxgk/ysqgk/index.html", pageUrl);
            await page.GotoAsync(pageUrl);
            Assert.Equal("依申请公开", (await page.Locator("h1").TextContentAsync())?.Trim());
            Assert.Equal(6, await page.Locator("ol.flowchart > li").CountAsync());
            Assert.True(await BrowserPages.OverflowAsync(page) <= 0);
            foreach (var (selector, name, magic) in new[] { ("a.form-docx", "zhengfu-xinxi-gongkai-shenqingbiao.docx", "PK"), ("a.form-pdf", "zhengfu-xinxi-gongkai-shenqingbiao.pdf", "%PDF") })
            {
                var box = await page.Locator(selector).BoundingBoxAsync();
                Assert.True(box is { Height: >= 44 }, $"{selector} is {box?.Height} px tall");
                if (way == "file")
                {
                    // Chromium does not download from file:// pages; the link must point at the file on disk.
                    var href = await page.Locator(selector).EvaluateAsync<string>("a => a.href");
                    Assert.StartsWith(magic, File.ReadAllText(new Uri(href).LocalPath, System.Text.Encoding.Latin1));
                    continue;
                }
                var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(selector).ClickAsync());
                Assert.Equal(name, download.SuggestedFilename);
                var saved = Path.Combine(Path.GetTempPath(), $"citizen-{Guid.NewGuid():N}-{name}");
                await download.SaveAsAsync(saved);
                try { Assert.StartsWith(magic, File.ReadAllText(saved, System.Text.Encoding.Latin1)); }
                finally { File.Delete(saved); }
            }
        }
        finally { await BrowserPages.CloseAsync(page); }
    }

    public static TheoryData<string, int> ChangedPages => new()
    {
        { "index.html", 1280 }, { "index.html", 375 },
        { "xxgk/fdzdgk/yjzj/index.html", 1280 }, { "xxgk/fdzdgk/yjzj/index.html", 375 },
        { "xxgk/ysqgk/index.html", 1280 }, { "xxgk/ysqgk/index.html", 375 },
        { "xxgk/zdjc/2026/zdjc-001.html", 1280 }, { "xxgk/zdjc/2026/zdjc-001.html", 375 },
        { "xxgk/fdzdgk/zdjc/index.html", 1280 }, { "xxgk/fdzdgk/zdjc/index.html", 375 },
        { "xxgk/fdzdgk/jyta/summary-2026.html", 1280 }, { "xxgk/fdzdgk/jyta/summary-2026.html", 375 },
        { "xxgk/jyta/2026/jyta-003.html", 375 }, { "xxgk/hygk/2026/hygk-002.html", 375 },
    };

    [Theory]
    [MemberData(nameof(ChangedPages))]
    public async Task ChangedPage_HasNoWcagAaViolations(string path, int width)
    {
        var page = await OpenAt("http", width, path);
        try
        {
            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
            var report = string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} — " + string.Join("; ", v.Nodes.Take(3).Select(n => n.Target.ToString()))));
            Assert.True(result.Violations.Length == 0, $"{path} at {width}px:\n{report}");
            Assert.True(await BrowserPages.OverflowAsync(page) <= 0, $"{path} scrolls sideways at {width}px");
        }
        finally { await BrowserPages.CloseAsync(page); }
    }
}
