using System.Diagnostics;
using AngleSharp.Dom;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Theme;

/// <summary>
/// Every HTML page of the sample site: page structure for screen readers, no third-party hosts,
/// the CSS+JS budget, and zero errors from the Nu HTML Checker.
/// </summary>
public sealed class SampleSiteTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    /// <summary>
    /// CSS+JS a page may load through its link and script elements, uncompressed (docs/themes.md:
    /// “默认主题”), for older phones on slow links. Data fetched by a script (a search index) is not
    /// counted.
    /// </summary>
    public const int BudgetBytes = 40 * 1024;

    private IEnumerable<(string Path, IDocument Page)> Pages() =>
        Directory.EnumerateFiles(sample.Out, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(sample.Out, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(p => (p, Html.Parse(sample.Read(p))))
            .Where(x => x.Item2.QuerySelector("meta[http-equiv=refresh]") is null); // alias redirects

    [Fact]
    public void EveryPage_HasLanguage_OneH1_OrderedHeadings_Landmarks_AndSkipLinkFirst()
    {
        var pages = Pages().ToList();
        Assert.True(pages.Count > 100, $"only {pages.Count} pages");
        foreach (var (path, page) in pages)
        {
            Assert.True(page.DocumentElement!.GetAttribute("lang") == "zh-CN", $"{path}: lang");
            Assert.True(page.QuerySelectorAll("h1").Length == 1, $"{path}: {page.QuerySelectorAll("h1").Length} h1");
            var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.TagName[1] - '0').ToList();
            Assert.True(levels[0] == 1, $"{path}: first heading is h{levels[0]}");
            for (var i = 1; i < levels.Count; i++)
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{path}: h{levels[i - 1]} followed by h{levels[i]}");
            Assert.NotNull(page.QuerySelector("header.site-header"));
            Assert.NotNull(page.QuerySelector("nav[aria-label]"));
            Assert.NotNull(page.QuerySelector("footer.site-footer"));
            var main = page.QuerySelectorAll("main");
            Assert.True(main.Length == 1 && main[0].Id == "main", $"{path}: main");
            var firstLink = page.Body!.QuerySelector("a, button, input");
            Assert.True(firstLink?.ClassName == "skip-link" && firstLink.GetAttribute("href") == "#main", $"{path}: the skip link is not the first control");
            Assert.True(page.Title?.Length > 0, $"{path}: title");
        }
    }

    [Fact]
    public void EveryPage_HasTextAlternatives_LabelledControls_AndTablesWithHeaders()
    {
        foreach (var (path, page) in Pages())
        {
            foreach (var img in page.QuerySelectorAll("img"))
                Assert.True(img.HasAttribute("alt"), $"{path}: img without alt: {img.GetAttribute("src")}");
            foreach (var input in page.QuerySelectorAll("input:not([type=hidden]), select, textarea"))
                Assert.True(input.Id?.Length > 0 && page.QuerySelector($"label[for='{input.Id}']") is not null || input.HasAttribute("aria-label"), $"{path}: unlabelled {input.OuterHtml}");
            foreach (var button in page.QuerySelectorAll("button"))
                Assert.True(button.Text().Length > 0 || button.HasAttribute("aria-label"), $"{path}: button without a name");
            foreach (var table in page.QuerySelectorAll("table"))
            {
                Assert.True(table.QuerySelector("th") is not null, $"{path}: table without header cells");
                // Tables of the theme carry captions; a table in an editor's Markdown body cannot have one.
                if (table.Closest(".body") is null)
                    Assert.True(table.QuerySelector("caption") is not null, $"{path}: table without caption");
            }
        }
    }

    [Fact]
    public void EveryDateShown_IsYyyyMmDd()
    {
        var count = 0;
        foreach (var (path, page) in Pages())
            foreach (var time in page.QuerySelectorAll("time"))
            {
                var datetime = time.GetAttribute("datetime") ?? "";
                Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", datetime);
                Assert.True(System.Text.RegularExpressions.Regex.IsMatch(time.Text(), @"^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$") && time.Text().StartsWith(datetime, StringComparison.Ordinal),
                    $"{path}: date shown as “{time.Text()}”");
                count++;
            }
        Assert.True(count > 200, $"only {count} dates");
    }

    [Fact]
    public void EveryPage_UsesNoOtherHost_NoInlineScript_AndTheCspMeta()
    {
        foreach (var (path, page) in Pages())
        {
            Assert.True(page.QuerySelector("meta[http-equiv=Content-Security-Policy]") is not null, $"{path}: CSP");
            foreach (var script in page.QuerySelectorAll("script"))
                Assert.True(script.HasAttribute("src") && script.Text().Length == 0, $"{path}: inline script");
            foreach (var e in page.QuerySelectorAll("*"))
                Assert.False(e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)), $"{path}: event attribute on {e.TagName}");
            foreach (var e in page.QuerySelectorAll("link[href], script[src], img[src], iframe, source[src], video[src], audio[src]"))
            {
                var url = e.GetAttribute("href") ?? e.GetAttribute("src") ?? "";
                Assert.False(url.Contains("//", StringComparison.Ordinal) && e.GetAttribute("rel") != "canonical", $"{path}: loads {url} from another host");
            }
        }
    }

    [Fact]
    public void EveryPage_StaysWithinTheCssAndScriptBudget()
    {
        var largest = 0L;
        foreach (var (path, page) in Pages())
        {
            var files = page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
                .Concat(page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!))
                .Select(href => Html.Target(path, href))
                .ToList();
            Assert.NotEmpty(files);
            var bytes = files.Sum(f => new FileInfo(Path.Combine(sample.Out, f)).Length);
            Assert.True(bytes <= BudgetBytes, $"{path} loads {bytes} bytes of CSS and JS ({string.Join(", ", files)}), over the {BudgetBytes} budget");
            largest = Math.Max(largest, bytes);
        }
        Assert.True(largest > 1024, "no page loads the theme's CSS and JS");
    }

    [Fact]
    [Slow]
    public async Task EveryPage_PassesTheNuHtmlChecker()
    {
        var jar = Path.Combine(Repo.Root, ".tools", "vnu", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"{jar} is missing: run scripts/install-deps.sh");
        var psi = new ProcessStartInfo("java", ["-jar", jar, "--skip-non-html", "--errors-only", "--format", "gnu", sample.Out])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.True(p.ExitCode == 0, $"vnu found errors:\n{stderr}{await stdout}".Replace(sample.Out, ""));
    }
}
