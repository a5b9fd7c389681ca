using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Reports;

/// <summary>axe-core (WCAG 2.1 A and AA) on the sample site's report pages: the merged-cell tables and the inline SVG charts.</summary>
[Collection(BrowserCollection.Name)]
[Slow]
public sealed class ReportAccessibilityTests(BrowserFixture browser, SampleSiteFixture sample)
{
    [Theory]
    [InlineData("xxgk/nb/2024.html")]
    [InlineData("xxgk/nb/2025.html")]
    [InlineData("xxgk/nb/compare.html")]
    public async Task ReportPage_HasNoAxeViolations(string path)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(sample.FileUrl(path));
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})")));
        await page.Context.CloseAsync();
    }
}
