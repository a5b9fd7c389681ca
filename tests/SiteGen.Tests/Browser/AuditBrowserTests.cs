using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Editors.Audit;

/// <summary>The self-check page in headless Chromium: axe clean (WCAG 2.1 A/AA), and every finding's link opens its file.</summary>
[Collection(BrowserCollection.Name)]
[Slow]
public sealed class AuditBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task AuditPage_HasNoAxeViolations_AndEachFindingLinkOpensItsFile()
    {
        using var site = AuditSite.Create();
        var pageFile = Path.Combine(site.Root, "audit", "audit.html");
        var (code, _, err) = SiteGen.Tests.Infrastructure.Cli.Run("check", "--source", site.Root, "--as-of", "2026-03-01", "--audit", pageFile);
        Assert.True(code is 0 or 1, err);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(pageFile).AbsoluteUri);
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})")));
        // The browser resolves each link: it must be a file:// URL of the very file the row names.
        var links = await page.EvalOnSelectorAllAsync<string[][]>("table.findings a", "as => as.map(a => [a.href, a.textContent])");
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var file = new Uri(link[0]).LocalPath;
            Assert.True(File.Exists(file), link[0]);
            Assert.Equal(Path.GetFullPath(Path.Combine(site.Root, link[1].Split(':')[0])), file);
        }
        await page.Context.CloseAsync();
    }
}
