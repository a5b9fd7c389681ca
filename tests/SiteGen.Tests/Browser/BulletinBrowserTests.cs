using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Bulletin;

/// <summary>
/// What only a browser shows: an unzipped offline copy working from file:// with no network, and
/// the 公报数据库 filtering in the page. Every request must stay on file://, and no console error
/// (a CSP refusal, a missing file) may appear.
/// </summary>
[Collection(BrowserCollection.Name)]
[Slow]
public sealed class BulletinBrowserTests(BrowserFixture browser, SampleSiteFixture sample)
{
    private const string KnownTitle = "示例区人民政府关于公布第二批区级非物质文化遗产代表性项目名录的通知";

    private sealed class Watched(IPage page, List<string> problems)
    {
        public IPage Page => page;
        public List<string> Problems => problems;
    }

    private async Task<Watched> Open()
    {
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") problems.Add("console: " + m.Text); };
        page.PageError += (_, e) => problems.Add("page error: " + e);
        page.RequestFailed += (_, r) => problems.Add("failed: " + r.Url);
        page.Request += (_, r) => { if (!r.Url.StartsWith("file://", StringComparison.Ordinal)) problems.Add("network: " + r.Url); };
        return new Watched(page, problems);
    }

    private static async Task<int> WaitForResults(IPage page)
    {
        await page.WaitForSelectorAsync("#gbdb[data-state=ready]");
        return int.Parse((await page.GetAttributeAsync("#gbdb", "data-count"))!);
    }

    private static Task<IReadOnlyList<string>> Column(IPage page, int n) =>
        page.Locator($"#gbdb-results tbody tr td:nth-child({n})").AllTextContentsAsync();

    private string Unzip(TempDir dir)
    {
        new ZipContents(Path.Combine(sample.Out, "gongbao/2025/gongbao-2025.zip")).ExtractTo(dir.Path);
        return new Uri(Path.Combine(dir.Path, "index.html")).AbsoluteUri;
    }

    [Fact]
    public async Task UnzippedYearCopy_OpensFromFile_AndNavigatesYearIssueArticleAndBack()
    {
        using var dir = new TempDir("sitegen-offline");
        var w = await Open();
        var page = w.Page;
        await page.GotoAsync(Unzip(dir));
        await page.ClickAsync(".bulletin-year h2 a");
        Assert.EndsWith("/gongbao/2025/index.html", page.Url);
        await page.ClickAsync("table.bulletin-issues a[href$='/03/index.html']");
        Assert.EndsWith("/gongbao/2025/03/index.html", page.Url);
        Assert.Equal("示例区人民政府公报2025年第3期", await page.TextContentAsync("main h1"));
        await page.ClickAsync(".toc a >> nth=0");
        Assert.Equal(KnownTitle, await page.TextContentAsync("main h1"));
        Assert.Equal("来源：示例区人民政府公报2025年第3期", await page.TextContentAsync(".citation"));
        await page.GoBackAsync();
        Assert.EndsWith("/gongbao/2025/03/index.html", page.Url);
        // The PDF link points at a file the copy holds.
        var pdf = await page.GetAttributeAsync(".issue-meta a", "href");
        Assert.True(File.Exists(Path.Combine(dir.Path, "gongbao/2025/03", pdf!)));
        Assert.Empty(w.Problems);
    }

    [Fact]
    public async Task UnzippedYearCopy_SearchFindsAKnownArticle_InThatYearOnly()
    {
        using var dir = new TempDir("sitegen-offline");
        var w = await Open();
        var page = w.Page;
        await page.GotoAsync(Unzip(dir));
        await page.ClickAsync(".bulletin-year h2 a");
        await page.FillAsync("#site-search", "非物质文化遗产");
        await page.PressAsync("#site-search", "Enter");
        // The results themselves, not the page's load event: under a loaded CI machine Playwright
        // once waited 30 s for a load state of this file:// navigation that had already come.
        await page.WaitForSelectorAsync("#search-results li");
        Assert.Contains("search.html?q=", page.Url, StringComparison.Ordinal);
        Assert.Equal(KnownTitle, await page.TextContentAsync("#search-results li h2"));
        // A 2026 article is on the site but not in the 2025 copy.
        Assert.True(File.ReadAllText(Path.Combine(sample.Out, "xxgk/zcwj/2026/qtwj-005.html")).Contains("采暖季", StringComparison.Ordinal));
        await page.GotoAsync(new Uri(Path.Combine(dir.Path, "search.html")).AbsoluteUri + "?q=" + Uri.EscapeDataString("采暖季供热"));
        await page.WaitForFunctionAsync("document.getElementById('search-status').textContent.indexOf('没有找到') === 0");
        await page.GoBackAsync();
        await page.WaitForSelectorAsync("#search-results li");
        await page.ClickAsync("#search-results li a");
        Assert.Equal(KnownTitle, await page.TextContentAsync("main h1"));
        Assert.Empty(w.Problems);
    }

    [Fact]
    public async Task UnzippedYearCopy_DatabaseFindsAKnownArticle_InThatYearOnly()
    {
        using var dir = new TempDir("sitegen-offline");
        var w = await Open();
        var page = w.Page;
        Unzip(dir);
        await page.GotoAsync(new Uri(Path.Combine(dir.Path, "gongbao/sjk/index.html")).AbsoluteUri + "?q=" + Uri.EscapeDataString("非物质文化遗产"));
        Assert.Equal(1, await WaitForResults(page));
        Assert.Equal([KnownTitle], await Column(page, 1));
        Assert.Equal(["", "2025"], await page.Locator("select[name=year] option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)"));
        await page.FillAsync("#gbdb input[name=q]", "采暖季供热");
        await page.DispatchEventAsync("#gbdb", "submit");
        Assert.Equal(0, await WaitForResults(page));
        await page.FillAsync("#gbdb input[name=q]", "非物质文化遗产");
        await page.DispatchEventAsync("#gbdb", "submit");
        Assert.Equal(1, await WaitForResults(page));
        await page.ClickAsync("#gbdb-results a >> nth=0");
        Assert.Equal(KnownTitle, await page.TextContentAsync("main h1"));
        Assert.Empty(w.Problems);
    }

    [Fact]
    public async Task Database_FiltersAndSorts_FromFile()
    {
        var model = sample.Result.Site!;
        var w = await Open();
        var page = w.Page;
        await page.GotoAsync(sample.FileUrl("gongbao/sjk/index.html"));
        // The first view is the newest year only.
        Assert.Equal(model.Issues.Where(i => i.Issue.Year == 2026).Sum(i => i.Entries.Count), await WaitForResults(page));
        await page.SelectOptionAsync("select[name=year]", "2025");
        await WaitForResults(page);
        await page.SelectOptionAsync("select[name=issue]", "3");
        Assert.Equal(4, await WaitForResults(page));
        await page.SelectOptionAsync("select[name=section]", "人事任免");
        Assert.Equal(1, await WaitForResults(page));
        Assert.Equal(["示政任〔2025〕9号"], await Column(page, 2));
        Assert.Contains("#year=2025&issue=3&section=", page.Url);

        await page.SelectOptionAsync("select[name=section]", "");
        await page.SelectOptionAsync("select[name=year]", "");
        Assert.Equal(model.Issues.Sum(i => i.Entries.Count), await WaitForResults(page));
        Assert.True(await page.IsDisabledAsync("select[name=issue]"));
        var dates = await Column(page, 6);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);

        await page.SelectOptionAsync("select[name=organ]", "示例区人民政府办公室");
        var count = await WaitForResults(page);
        var expected = model.Issues.SelectMany(i => i.Entries).Count(e => e.Document.Organ == "示例区人民政府办公室");
        Assert.Equal(expected, count);
        Assert.All(await Column(page, 3), o => Assert.Equal("示例区人民政府办公室", o));

        await page.SelectOptionAsync("select[name=sort]", "number");
        await WaitForResults(page);
        var numbers = (await Column(page, 2)).Where(n => n.Length > 0).ToList();
        var keys = numbers.Select(n => (Prefix: n[..n.IndexOf('〔')], Year: int.Parse(n[(n.IndexOf('〔') + 1)..n.IndexOf('〕')]), No: int.Parse(n[(n.IndexOf('〕') + 1)..^1]))).ToList();
        Assert.Equal(keys.OrderBy(k => k.Prefix, StringComparer.Ordinal).ThenBy(k => k.Year).ThenBy(k => k.No), keys);
        Assert.Empty(w.Problems);
    }

    [Theory]
    [InlineData("gongbao/index.html")]
    [InlineData("gongbao/2025/index.html")]
    [InlineData("gongbao/2025/03/index.html")]
    [InlineData("gongbao/sjk/index.html")]
    [InlineData("gongbao/xiazai/index.html")]
    public async Task ArchivePages_PassAxe(string path)
    {
        var w = await Open();
        await w.Page.GotoAsync(sample.FileUrl(path));
        if (path.Contains("sjk", StringComparison.Ordinal)) await WaitForResults(w.Page);
        Assert.Empty(w.Problems); // before axe, whose own script makes requests of its own
        var result = await w.Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }

    [Theory]
    [InlineData("?year=2025&issue=3")]
    [InlineData("#year=2025&issue=3")]
    [InlineData("?year=2026&issue=1#year=2025&issue=3")]
    public async Task Database_OpenedWithAFilterInItsAddress_ShowsThatIssue(string filter)
    {
        var w = await Open();
        var page = w.Page;
        await page.GotoAsync(sample.FileUrl("gongbao/sjk/index.html") + filter);
        Assert.Equal(4, await WaitForResults(page));
        Assert.Equal("3", await page.InputValueAsync("select[name=issue]"));
        Assert.All(await Column(page, 4), t => Assert.Equal("2025", t));
        Assert.All(await Column(page, 5), t => Assert.Equal("第3期", t));
        Assert.Empty(w.Problems);
    }
}
