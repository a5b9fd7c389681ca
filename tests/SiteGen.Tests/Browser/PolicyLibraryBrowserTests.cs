using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.PolicyLibrary;

/// <summary>
/// Issue 23 in a browser (headless Chromium, file:// and HTTP, 1280 and 375 px): the search facets
/// 主题分类, 文种 and the date range narrowing results, the 公报数据库 finding an old year's title and
/// body phrase from ?q=, 文号 and dates on one line on phones, control sizes, axe, the 解读 notice.
/// </summary>
[Collection(BrowserCollection.Name)]
[Slow]
public sealed partial class PolicyLibraryBrowserTests(BrowserFixture browser, SampleSiteFixture sample)
{
    private const string RepealedInterpretation = "xxgk/zcjd/2025/zcjd-001.html";
    private const string PolicyColumn = "xxgk/fdzdgk/zcwj/gfxwj/index.html";

    private string Url(string path, bool http = false)
    {
        var q = path.IndexOf('?');
        var (file, query) = q < 0 ? (path, "") : (path[..q], path[q..]);
        return http ? sample.HttpUrl(path) : sample.FileUrl(file) + query;
    }

    private static async Task<T> Evaluate<T>(IPage page, string script, object? arg = null)
    {
        var json = await page.EvaluateAsync<string>($"(a) => JSON.stringify(({script})(a))", arg);
        return System.Text.Json.JsonSerializer.Deserialize<T>(json, new System.Text.Json.JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    private async Task<(IPage Page, List<string> Problems)> Open(string url, int width = 1280)
    {
        var page = await browser.NewPageAsync(width, 900);
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") problems.Add("console: " + m.Text); };
        page.PageError += (_, e) => problems.Add("page error: " + e);
        await page.GotoAsync(url);
        return (page, problems);
    }

    [GeneratedRegex(@"找到 (\d+) 条")]
    private static partial Regex Found();

    private static async Task<int> SearchCount(IPage page)
    {
        await page.WaitForFunctionAsync("() => /找到 \\d+ 条|没有找到/.test(document.getElementById('search-status').textContent)");
        var m = Found().Match(await page.TextContentAsync("#search-status") ?? "");
        return m.Success ? int.Parse(m.Groups[1].Value) : 0;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SearchFacets_TopicDocTypeAndDateRange_NarrowResults(bool http)
    {
        var (page, problems) = await Open(Url("search.html?q=示例区", http));
        var all = await SearchCount(page);
        Assert.True(all > 10, $"{all} results");
        foreach (var facet in new[] { "kind", "topic" })
        {
            var button = page.Locator($"button[data-facet={facet}]").First;
            var label = await button.TextContentAsync() ?? "";
            var expected = int.Parse(Regex.Match(label, @"\((\d+)\)$").Groups[1].Value);
            Assert.InRange(expected, 1, all - 1);
            await button.ClickAsync();
            await page.WaitForFunctionAsync($"() => location.search.indexOf('{facet}=') >= 0");
            Assert.Equal(expected, await SearchCount(page));
            // Every result on the page carries that facet's value (文种 is in the result line).
            if (facet == "kind")
            {
                var kind = label[..label.LastIndexOf(" (", StringComparison.Ordinal)];
                foreach (var meta in await page.Locator(".search-meta").AllTextContentsAsync()) Assert.Contains(kind, meta);
            }
            await page.GotoAsync(Url("search.html?q=示例区", http));
            Assert.Equal(all, await SearchCount(page));
        }
        await page.GotoAsync(Url("search.html?q=示例区&from=2026-01-01&to=2026-06-30", http));
        var ranged = await SearchCount(page);
        Assert.InRange(ranged, 1, all - 1);
        Assert.Equal("2026-01-01", await page.InputValueAsync("#search-from"));
        var expectedRanged = sample.Result.Site!.Documents.Count(d => d.Date >= new DateTime(2026, 1, 1) && d.Date < new DateTime(2026, 7, 1) && (d.Title + d.Body + d.DocNumber).Contains("示例区"));
        Assert.Equal(expectedRanged, ranged);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task BulletinDatabase_FindsAnOldYearsTitleAndBodyPhrase_FromQ(bool http)
    {
        var site = sample.Result.Site!;
        var newest = site.Issues.Max(i => i.Issue.Year);
        // A 12-character phrase of an old year's article that is in no title and in no other document.
        var (old, phrase) = site.Issues.Where(i => i.Issue.Year < newest).SelectMany(i => i.Entries).Select(e => e.Document)
            .SelectMany(d => d.Body.Split('\n').Where(BodyLine).SelectMany(l => Enumerable.Range(0, l.Trim().Length - 12).Select(k => (d, l.Trim().Substring(k, 12)))))
            .First(x => !x.Item2.Any(char.IsAsciiLetterOrDigit) && !x.Item2.Contains('，') && site.Documents.Count(o => o.Body.Contains(x.Item2) || o.Title.Contains(x.Item2)) == 1);
        foreach (var q in new[] { old.Title, phrase })
        {
            var (page, problems) = await Open(Url("gongbao/sjk/index.html?q=" + Uri.EscapeDataString(q), http));
            await page.WaitForSelectorAsync("#gbdb[data-state=ready]");
            Assert.Equal("", await page.InputValueAsync("select[name=year]")); // every year by default
            var titles = await page.Locator("#gbdb-results tbody tr td:nth-child(1)").AllTextContentsAsync();
            Assert.Contains(old.Title, titles);
            // Choosing another year says how many matches the other years hold.
            await page.SelectOptionAsync("select[name=year]", newest.ToString());
            await page.WaitForFunctionAsync("() => !document.getElementById('gbdb-other').hidden");
            Assert.True(int.Parse(await page.TextContentAsync("#gbdb-other-count") ?? "0") >= 1);
            Assert.Empty(problems);
        }
    }

    private static bool BodyLine(string l) =>
        l.Trim().Length > 24 && !l.TrimStart().StartsWith('#') && !l.Contains('|') && !l.Contains('*') && !l.Contains('[') && !l.Contains('<');

    private const string OneLine = """
        sel => Array.from(document.querySelectorAll(sel)).filter(e => e.textContent.trim()).map(e => {
          const r = document.createRange(); r.selectNodeContents(e);
          return { text: e.textContent, tops: new Set(Array.from(r.getClientRects()).map(x => Math.round(x.top))).size };
        })
        """;

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task DocNumbersDatesYearsAndIssues_StayOnOneLine(int width)
    {
        var (page, problems) = await Open(Url("gongbao/sjk/index.html?year=2025"), width);
        await page.WaitForSelectorAsync("#gbdb[data-state=ready]");
        var cells = await Evaluate<Cell[]>(page, OneLine, "#gbdb-results .nowrap");
        Assert.Contains(cells, c => c.Text.Contains('〔'));
        Assert.Contains(cells, c => c.Text == "2025");
        Assert.Contains(cells, c => c.Text.StartsWith('第'));
        Assert.All(cells, c => Assert.True(c.Tops == 1, $"“{c.Text}” spans {c.Tops} lines"));
        await page.GotoAsync(Url(PolicyColumn));
        cells = await Evaluate<Cell[]>(page, OneLine, ".policy-table .nowrap");
        Assert.Contains(cells, c => c.Text.Contains('〔'));
        Assert.All(cells, c => Assert.True(c.Tops == 1, $"“{c.Text}” spans {c.Tops} lines"));
        // The header's 搜索 button does not wrap either.
        cells = await Evaluate<Cell[]>(page, OneLine, ".search-box button");
        Assert.All(cells, c => Assert.Equal(1, c.Tops));
        Assert.Empty(problems);
    }

    public sealed record Cell(string Text, int Tops);
    public sealed record Control(string Html, double Width, double Height, double Font);

    private const string Controls = """
        _ => Array.from(document.querySelectorAll('button, select, input:not([type=hidden]), summary')).filter(e => e.offsetParent !== null)
          .map(e => { const r = e.getBoundingClientRect(); return { html: e.outerHTML.slice(0, 80), width: r.width, height: r.height, font: parseFloat(getComputedStyle(e).fontSize) }; })
        """;

    [Theory]
    [InlineData("search.html?q=示例区", 1280)]
    [InlineData("search.html?q=示例区", 375)]
    [InlineData("gongbao/sjk/index.html", 1280)]
    [InlineData("gongbao/sjk/index.html", 375)]
    [InlineData(PolicyColumn, 375)]
    public async Task Controls_AreAtLeast44Px_With16PxText_AndGrowInLargeMode(string path, int width)
    {
        var (page, problems) = await Open(Url(path), width);
        if (path.StartsWith("search", StringComparison.Ordinal))
        {
            await SearchCount(page);
            if (width < 700) await page.ClickAsync("#search-filter-fold > summary"); // folded under 筛选 on phones
            Assert.True(await page.IsVisibleAsync("button[data-facet]"));
        }
        if (path.Contains("sjk", StringComparison.Ordinal)) await page.WaitForSelectorAsync("#gbdb[data-state=ready]");
        var controls = await Evaluate<Control[]>(page, Controls);
        Assert.NotEmpty(controls);
        Assert.All(controls, c => Assert.True(c.Width >= 44 && c.Height >= 44 && c.Font >= 16, $"{c.Html}: {c.Width}×{c.Height}, {c.Font}px"));
        var before = controls.Average(c => c.Font);
        await page.ClickAsync("button[data-mode=large]");
        var large = await Evaluate<Control[]>(page, Controls);
        Assert.True(large.Average(c => c.Font) > before * 1.1, $"大字 {large.Average(c => c.Font)} against {before}");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task SearchFilters_AreFoldedUnderOneControl_OnPhones()
    {
        var (page, _) = await Open(Url("search.html?q=示例区"), 375);
        await SearchCount(page);
        Assert.False(await page.IsVisibleAsync("button[data-facet]"));
        var first = await page.EvaluateAsync<double>("() => document.querySelector('.search-result').getBoundingClientRect().top");
        Assert.True(first < 900, $"first result at {first}px");
        var (wide, _) = await Open(Url("search.html?q=示例区"), 1280);
        await SearchCount(wide);
        Assert.True(await wide.IsVisibleAsync("button[data-facet]"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task InterpretationOfARepealedPolicy_SaysSo_OnItsPageAndInSearch(bool http)
    {
        var site = sample.Result.Site!;
        var jd = site.ById["xxgk/zcjd/2025/zcjd-001"];
        var policy = site.ById[jd.Interprets[0].DocumentId];
        Assert.False(policy.IsInForce);
        var (page, problems) = await Open(Url(RepealedInterpretation, http));
        var notice = page.Locator(".interpreted-repealed");
        Assert.Contains("废止", await notice.TextContentAsync());
        var links = await notice.Locator("a").AllTextContentsAsync();
        Assert.Contains(policy.Title, links);
        Assert.Contains(site.ById[policy.ReplacedBy!.DocumentId].Title, links);
        await page.GotoAsync(Url("search.html?q=" + Uri.EscapeDataString(jd.Title), http));
        await SearchCount(page);
        Assert.Contains("废止", await page.Locator(".search-result").First.Locator(".search-note").TextContentAsync());
        Assert.Empty(problems);
    }

    [Fact]
    public async Task PolicyList_SortsByItsHeaders_WithTheKeyboard()
    {
        var (page, problems) = await Open(Url(PolicyColumn));
        var header = page.Locator(".policy-table th[data-sort=date] button").First;
        await header.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("ascending", await page.Locator(".policy-table th[data-sort=date]").First.GetAttributeAsync("aria-sort"));
        var dates = await page.Locator(".policy-table tbody td:nth-child(4)").AllTextContentsAsync();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        await page.Keyboard.PressAsync("Enter");
        dates = await page.Locator(".policy-table tbody td:nth-child(4)").AllTextContentsAsync();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("search.html?q=示例区", 1280)]
    [InlineData("search.html?q=示例区", 375)]
    [InlineData("gongbao/sjk/index.html?q=通知", 1280)]
    [InlineData("gongbao/sjk/index.html?q=通知", 375)]
    [InlineData(PolicyColumn, 1280)]
    [InlineData(PolicyColumn, 375)]
    [InlineData("xxgk/fdzdgk/zcwj/gfxwj/repealed.html", 375)]
    [InlineData("xxgk/fdzdgk/zcwj/huibian/2025.html", 1280)]
    [InlineData("xxgk/fdzdgk/zcwj/huibian/2025.html", 375)]
    [InlineData(RepealedInterpretation, 375)]
    public async Task ChangedPages_PassAxe(string path, int width)
    {
        var (page, problems) = await Open(Url(path), width);
        if (path.StartsWith("search", StringComparison.Ordinal)) await SearchCount(page);
        if (path.Contains("sjk", StringComparison.Ordinal)) await page.WaitForSelectorAsync("#gbdb[data-state=ready]");
        Assert.Empty(problems);
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}")));
    }
}
