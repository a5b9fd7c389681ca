using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using SiteGen.Build;
using SiteGen.Output;
using SiteGen.Serving;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Deploy;

/// <summary>
/// The sample site (the repository's content/ and site.yml, with base_url set so the absolute
/// links of feeds and sitemap exist too) built once with its report, and served by
/// <see cref="SiteServer"/> dual-stack on a free port. A secret file sits beside the output folder:
/// no request may ever reach it.
/// </summary>
public sealed class DeployedSite : IAsyncLifetime
{
    public const string BaseUrl = "http://www.shiliqu.gov.cn/";
    public const string Secret = "SECRET-OUTSIDE-THE-SITE-7f3a";
    private readonly TempDir _dir = new("sitegen-deploy");
    private SiteServer? _server;

    public string Root => _dir.Path;
    public string Out => Path.Combine(Root, "public");
    public string ReportFile => Path.Combine(Root, "report.json");
    public StringWriter Log { get; } = new();
    public int Port => _server!.Port;
    internal SiteServer Server => _server!;

    /// <summary>Every page the report says was published (documents and bulletin issues), site-relative.</summary>
    public IReadOnlyList<string> PublishedPages { get; private set; } = [];
    public IReadOnlyList<string> ExternalLinks { get; private set; } = [];

    public async Task InitializeAsync()
    {
        CopySampleSite(Root, BaseUrl);
        File.WriteAllText(Path.Combine(Root, "secret.txt"), Secret);
        var result = SiteBuilder.Build(new BuildOptions { SourceDir = Root, OutputDir = Out, AsOf = DateOnly.Parse(SampleSiteFixture.AsOf) });
        if (!result.Succeeded) throw new InvalidOperationException("the sample site does not build:\n" + string.Join("\n", result.Diagnostics));
        BuildReport.Write(ReportFile, result);
        using var report = JsonDocument.Parse(File.ReadAllText(ReportFile));
        PublishedPages = report.RootElement.GetProperty("documents").EnumerateArray()
            .Concat(report.RootElement.GetProperty("issues").EnumerateArray())
            .Select(d => d.GetProperty("path").GetString()!).ToList();
        ExternalLinks = report.RootElement.GetProperty("external_links").EnumerateArray().Select(e => e.GetString()!).ToList();
        _server = new SiteServer(Out, new ServeOptions("::", 0), Log);
        await _server.StartAsync();
    }

    /// <summary>Copies content/ and site.yml of the repository into dir, setting base_url.</summary>
    public static void CopySampleSite(string dir, string baseUrl)
    {
        var yml = File.ReadAllText(Repo.SiteYml);
        Assert.Contains("base_url: \"\"", yml);
        File.WriteAllText(Path.Combine(dir, "site.yml"), yml.Replace("base_url: \"\"", $"base_url: \"{baseUrl}\""));
        var content = Path.Combine(Repo.Root, "content");
        foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(dir, "content", Path.GetRelativePath(content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public HttpClient Client(string host) => new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, AllowAutoRedirect = false, UseCookies = false })
    {
        BaseAddress = new Uri($"http://{host}:{Port}/"),
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Sends a request line exactly as written (HttpClient would normalise "..") and returns status and body.</summary>
    public async Task<(int Status, string Response)> RawGet(string target, string host = "::1")
    {
        var address = IPAddress.Parse(host);
        using var tcp = new TcpClient(address.AddressFamily);
        await tcp.ConnectAsync(address, Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes($"GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var status = text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) ? int.Parse(text.AsSpan(9, 3)) : 0;
        return (status, text);
    }

    /// <summary>
    /// Asks for a missing page deep in the site and follows every link of the 404 page it gets, as
    /// the browser would from that address: the page must be whole (styles, script, icon) and usable.
    /// </summary>
    public static async Task AssertDeepNotFoundPageWorks(HttpClient client)
    {
        var missing = new Uri(client.BaseAddress!, "xxgk/fdzdgk/tzgg/no-such-page.html");
        using var response = await client.GetAsync(missing);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var links = page.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(u => !u.StartsWith('#')).Distinct().ToList();
        Assert.Contains(links, l => l.EndsWith("css/site.css", StringComparison.Ordinal));
        // The footer's monitoring links (找错, 党政机关标识 verification, 备案) and tel:/mailto: links point
        // elsewhere by design; this test asks only that the page's own links resolve at depth, and
        // never leaves loopback.
        links = links.Where(l => !System.Text.RegularExpressions.Regex.IsMatch(l, "^([A-Za-z][A-Za-z0-9+.-]*:|//)")).ToList();
        foreach (var link in links)
        {
            using var target = await client.GetAsync(new Uri(missing, link));
            Assert.True(target.StatusCode == HttpStatusCode.OK, $"404 page link {link} from {missing}: {target.StatusCode}");
        }
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.StopAsync();
            await _server.DisposeAsync();
        }
        _dir.Dispose();
    }
}
