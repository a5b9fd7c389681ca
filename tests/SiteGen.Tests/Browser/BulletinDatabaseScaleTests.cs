using Microsoft.Playwright;
using SiteGen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SiteGen.Tests.Bulletin;

/// <summary>
/// The 公报数据库's first view and filtering time in Chromium. On the sample site by default; with
/// SITEGEN_BULLETIN_SCALE_OUT set to a built site (bench/bulletin-scale.sh builds 30 years × 24
/// issues × 10 articles) it measures that, and prints the figures either way.
/// </summary>
[Collection(BrowserCollection.Name)]
[Slow]
public sealed class BulletinDatabaseScaleTests(BrowserFixture browser, SampleSiteFixture sample, ITestOutputHelper output)
{
    private const string WaitForReady = """
        async (apply) => {
          const form = document.getElementById('gbdb');
          const t0 = performance.now();
          form.setAttribute('data-state', 'loading');
          apply === 'all' ? (form.elements.year.value = '') :
          apply === 'organ' ? (form.elements.organ.selectedIndex = 1) :
          (form.elements.q.value = apply);
          form.dispatchEvent(new Event('change'));
          await new Promise(done => {
            if (form.getAttribute('data-state') === 'ready') return done();
            new MutationObserver((_, o) => { if (form.getAttribute('data-state') === 'ready') { o.disconnect(); done(); } })
              .observe(form, { attributes: true });
          });
          return [performance.now() - t0, +form.getAttribute('data-count')];
        }
        """;

    [Fact]
    public async Task FirstView_LoadsOneYear_AndFiltersAllYearsQuickly()
    {
        var outDir = Environment.GetEnvironmentVariable("SITEGEN_BULLETIN_SCALE_OUT") is { Length: > 0 } scale ? scale : sample.Out;
        var page = await browser.NewPageAsync();
        var requested = new List<string>();
        page.Request += (_, r) => requested.Add(r.Url);
        var started = DateTime.UtcNow;
        await page.GotoAsync(new Uri(Path.Combine(outDir, "gongbao/sjk/index.html")).AbsoluteUri);
        await page.WaitForSelectorAsync("#gbdb[data-state=ready]");
        var firstViewMs = (DateTime.UtcNow - started).TotalMilliseconds;
        var firstView = requested.ToList();
        var bytes = firstView.Select(u => new FileInfo(new Uri(u).LocalPath)).Where(f => f.Exists).Sum(f => f.Length);
        var dataFiles = firstView.Count(u => u.Contains("/sjk/data/", StringComparison.Ordinal));
        var years = await page.Locator("select[name=year] option").CountAsync() - 1;

        var all = await page.EvaluateAsync<double[]>(WaitForReady, "all");
        var organ = await page.EvaluateAsync<double[]>(WaitForReady, "organ");
        var keyword = await page.EvaluateAsync<double[]>(WaitForReady, "通知");
        output.WriteLine($"{outDir}: {years} years; first view {firstView.Count} files, {bytes / 1024.0:0.0} KB, {firstViewMs:0} ms to first results");
        output.WriteLine($"all years: {all[1]} articles in {all[0]:0} ms (loads every year); organ filter {organ[0]:0} ms ({organ[1]}); keyword {keyword[0]:0} ms ({keyword[1]})");

        Assert.Equal(1, dataFiles);
        Assert.True(bytes < 400 * 1024, $"first view {bytes} bytes");
        Assert.True(all[1] > 0 && organ[1] > 0 && organ[1] <= all[1]);
        Assert.True(organ[0] < 2000 && keyword[0] < 2000, $"filtering took {organ[0]} / {keyword[0]} ms");
    }
}
