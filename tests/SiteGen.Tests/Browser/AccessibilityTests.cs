using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Browser;

/// <summary>
/// axe-core in Chromium on one page of every kind, in the normal and the high-contrast reading
/// mode: zero violations of the WCAG 2.0/2.1 A and AA rules (GB/T 37668 follows WCAG).
/// </summary>
[Collection(BrowserCollection.Name)]
[Slow]
public sealed class AccessibilityTests(BrowserFixture browser, SampleSiteFixture sample, PagedSiteFixture paged) : IClassFixture<PagedSiteFixture>
{
    [Theory]
    [MemberData(nameof(SamplePages.KindsByMode), MemberType = typeof(SamplePages))]
    public async Task PageKind_HasNoWcagAaViolations(string kind, string mode)
    {
        var page = await BrowserPages.OpenAsync(browser, SamplePages.Url(kind, sample, paged), mode);
        try
        {
            var result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            });
            var report = string.Join("\n", result.Violations.Select(v =>
                $"{v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Take(5).Select(n => $"{n.Target}: {string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}"))));
            Assert.True(result.Violations.Length == 0, $"{kind} in {mode} mode:\n{report}");
            Assert.True(result.Passes.Length > 10, "axe ran too few rules: did it run at all?");
        }
        finally
        {
            await BrowserPages.CloseAsync(page);
        }
    }
}
