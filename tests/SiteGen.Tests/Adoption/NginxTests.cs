using System.Net;
using SiteGen.Serving;

namespace SiteGen.Tests.Deploy;

/// <summary>deploy/nginx.conf under Debian's nginx: the same behaviour as `sitegen serve`, over IPv4 and IPv6.</summary>
[Slow]
public sealed class NginxTests(NginxFixture nginx) : IClassFixture<NginxFixture>
{
    public static TheoryData<string> Hosts => ["[::1]", "127.0.0.1"];

    [Fact]
    public void ShippedConfig_ListensOnIPv4AndIPv6_AndSendsTheServersSecurityHeaders()
    {
        var conf = nginx.ShippedConfig;
        Assert.Contains("listen 80;", conf);
        Assert.Contains("listen [::]:80;", conf);
        Assert.Contains("gzip_static on;", conf);
        Assert.Contains("error_page 404 /404.html;", conf);
        foreach (var (name, value) in SecurityHeaders.All) Assert.Contains($"add_header {name} \"{value}\" always;", conf);
    }

    [Theory, MemberData(nameof(Hosts))]
    public async Task Pages_AreServedWithUtf8AndTheSecurityHeaders(string host)
    {
        using var client = nginx.Client(host);
        using var response = await client.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(File.ReadAllBytes(Path.Combine(nginx.Site.Out, "index.html")), await response.Content.ReadAsByteArrayAsync());
        foreach (var (name, value) in SecurityHeaders.All) Assert.Equal(value, response.Headers.GetValues(name).Single());
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
        using var css = await client.GetAsync("css/site.css");
        Assert.Equal("text/css; charset=utf-8", css.Content.Headers.ContentType!.ToString());
        Assert.Equal("public, max-age=3600", css.Headers.CacheControl!.ToString());
    }

    [Theory, MemberData(nameof(Hosts))]
    public async Task PrecompressedFile_IsSent_ToClientsAcceptingGzip(string host)
    {
        using var client = nginx.Client(host);
        using var request = new HttpRequestMessage(HttpMethod.Get, "xxgk/");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(File.ReadAllBytes(Path.Combine(nginx.Site.Out, "xxgk/index.html.gz")), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task UnchangedPage_Returns304()
    {
        using var client = nginx.Client("[::1]");
        using var first = await client.GetAsync("sitemap.html");
        using var again = new HttpRequestMessage(HttpMethod.Get, "sitemap.html");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var response = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Theory, MemberData(nameof(Hosts))]
    public async Task MissingPage_Gets404_WithTheSitesPage(string host)
    {
        using var client = nginx.Client(host);
        using var response = await client.GetAsync("xxgk/no-such-page.html");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(File.ReadAllText(Path.Combine(nginx.Site.Out, "404.html")), await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task NotFoundPage_WorksAtAnyDepth()
    {
        using var client = nginx.Client("127.0.0.1");
        await DeployedSite.AssertDeepNotFoundPageWorks(client);
    }

    [Fact]
    public async Task FolderWithoutSlash_IsRedirectedWithoutNamingAHost()
    {
        using var client = nginx.Client("[::1]");
        using var response = await client.GetAsync("xxgk");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/xxgk/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ManifestAndPlantedSymlinks_AreNotServed()
    {
        using var client = nginx.Client("127.0.0.1");
        using (var manifest = await client.GetAsync(".sitegen/manifest.json"))
            Assert.Equal(HttpStatusCode.NotFound, manifest.StatusCode);
        var link = Path.Combine(nginx.Site.Out, "planted.txt");
        if (!File.Exists(link)) File.CreateSymbolicLink(link, Path.Combine(nginx.Site.Root, "secret.txt"));
        using var response = await client.GetAsync("planted.txt");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(DeployedSite.Secret, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EveryPublishedPage_IsServed()
    {
        using var client = nginx.Client("[::1]");
        foreach (var page in nginx.Site.PublishedPages)
        {
            using var response = await client.GetAsync(string.Join('/', page.Split('/').Select(Uri.EscapeDataString)));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {response.StatusCode}");
        }
    }
}
