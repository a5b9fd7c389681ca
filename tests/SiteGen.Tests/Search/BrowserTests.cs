using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Search;

/// <summary>
/// The built search page in headless Chromium, from file:// and over HTTP (Kestrel): a query typed
/// in the search box shows results, a filter narrows them, and ?q= in the URL searches on load.
/// Skipped only when /usr/bin/chromium is absent (scripts/install-deps.sh installs it).
/// </summary>
public sealed class BrowserTests : IDisposable
{
    internal const string Chromium = "/usr/bin/chromium";
    private readonly TestSite _site = new();

    public BrowserTests()
    {
        _site.Doc("a.md", "title: 关于优化营商环境的通知\ndoc_number: 示政办发〔2019〕16号\ndate: 2019-05-01", "请各单位认真贯彻执行。")
            .Doc("b.md", "title: 关于优化营商环境的意见\ndate: 2024-01-01", "要持续优化营商环境。")
            .Doc("c.md", "title: 关于安全生产的通知\ndate: 2024-03-01", "安全第一。");
        _site.Build().NoErrors();
    }

    [ChromiumFact]
    public async Task SearchPage_FromFile_ShowsResults_AndFilterNarrowsThem()
    {
        await SearchAndFilter(new Uri(Path.Combine(_site.Out, "search.html")).AbsoluteUri);
    }

    [ChromiumFact]
    public async Task SearchPage_OverHttp_ShowsResults_AndFilterNarrowsThem()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();
        var files = new PhysicalFileProvider(_site.Out);
        var types = new FileExtensionContentTypeProvider();
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await SearchAndFilter(address + "/search.html");
        await app.StopAsync();
    }

    private static async Task SearchAndFilter(string searchUrl)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--disable-quic"] });
        var page = await browser.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        await page.GotoAsync(searchUrl);
        await page.FillAsync("#search-q", "营商环境");
        await page.PressAsync("#search-q", "Enter");
        await page.WaitForSelectorAsync("#search-results li");
        Assert.Equal(2, await page.Locator("#search-results li").CountAsync());
        Assert.Contains("找到 2 条", await page.TextContentAsync("#search-status"));
        Assert.Equal("polite", await page.GetAttributeAsync("#search-status", "aria-live"));

        await page.ClickAsync("button[data-facet=year][data-value='2019']");
        await page.WaitForFunctionAsync("document.querySelectorAll('#search-results li').length === 1");
        Assert.Contains("关于优化营商环境的通知", await page.TextContentAsync("#search-results li h2"));
        Assert.Equal("true", await page.GetAttributeAsync("button[data-facet=year][data-value='2019']", "aria-pressed"));

        // The state is in the URL: opening it again searches at once (here the 文号, typed loosely).
        var linked = searchUrl + "?q=" + Uri.EscapeDataString("示政办发[2019]16号");
        await page.GotoAsync(linked);
        await page.WaitForSelectorAsync("#search-results li");
        Assert.Equal("a.html", await page.GetAttributeAsync("#search-results li a", "href"));
        Assert.Equal("营商环境", await page.EvaluateAsync<string>("SiteGenSearch.query('营商环境').then(r => r.results[0].title.slice(4, 8))"));
        Assert.Empty(errors);
    }

    public void Dispose() => _site.Dispose();
}

/// <summary>A fact that is skipped (not failed) when Chromium is absent.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(BrowserTests.Chromium)) Skip = "Chromium is not installed at " + BrowserTests.Chromium;
    }
}
