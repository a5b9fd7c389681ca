using SiteGen.Watch;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using SiteGen.Serving;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Deploy;

/// <summary>`sitegen serve`'s server on the built sample site, over IPv6 and IPv4.</summary>
[Slow]
public sealed class ServeTests(DeployedSite site) : IClassFixture<DeployedSite>
{
    public static TheoryData<string> Hosts => ["[::1]", "127.0.0.1"];

    [Theory, MemberData(nameof(Hosts))]
    public async Task HomePage_IsServedOnBothAddressFamilies_WithSecurityHeaders(string host)
    {
        using var client = site.Client(host);
        using var response = await client.GetAsync("");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.Out, "index.html")), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("unsafe-inline", SecurityHeaders.ContentSecurityPolicy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Theory]
    [InlineData("css/site.css", "text/css; charset=utf-8")]
    [InlineData("js/site.js", "text/javascript; charset=utf-8")]
    [InlineData("feed.xml", "text/xml; charset=utf-8")]
    [InlineData("robots.txt", "text/plain; charset=utf-8")]
    [InlineData("favicon.png", "image/png")]
    [InlineData("xxgk/index.html", "text/html; charset=utf-8")]
    public async Task ContentTypes_NameUtf8ForText(string path, string type)
    {
        using var client = site.Client("[::1]");
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Attachment_IsServedAsPdf()
    {
        var pdf = Directory.EnumerateFiles(site.Out, "*.pdf", SearchOption.AllDirectories).First();
        using var client = site.Client("127.0.0.1");
        using var response = await client.GetAsync(RelativeUrl(pdf));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(new FileInfo(pdf).Length, response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Folder_ServesItsIndex_AndAFolderWithoutSlashIsRedirectedRelatively()
    {
        using var client = site.Client("[::1]");
        using var folder = await client.GetAsync("xxgk/");
        Assert.Equal(HttpStatusCode.OK, folder.StatusCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.Out, "xxgk/index.html")), await folder.Content.ReadAsByteArrayAsync());
        using var bare = await client.GetAsync("xxgk/fdzdgk?x=1");
        Assert.Equal(HttpStatusCode.MovedPermanently, bare.StatusCode);
        Assert.Equal("fdzdgk/?x=1", bare.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("gzip, deflate, br")]
    [InlineData("br;q=1.0, gzip;q=0.5")]
    [InlineData("*")]
    public async Task Gzip_IsServedFromThePrecompressedFile_WhenAccepted(string acceptEncoding)
    {
        using var client = site.Client("127.0.0.1");
        using var request = new HttpRequestMessage(HttpMethod.Get, "xxgk/index.html");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.Out, "xxgk/index.html.gz")), body);
        using var gunzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gunzip.CopyTo(plain);
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.Out, "xxgk/index.html")), plain.ToArray());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("identity")]
    [InlineData("gzip;q=0, deflate")]
    public async Task Identity_IsServed_WhenGzipIsNotAccepted(string? acceptEncoding)
    {
        using var client = site.Client("[::1]");
        using var request = new HttpRequestMessage(HttpMethod.Get, "css/site.css");
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        using var response = await client.SendAsync(request);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.Out, "css/site.css")), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task UnchangedPage_Returns304_ForItsETagAndForItsDate()
    {
        using var client = site.Client("[::1]");
        using var first = await client.GetAsync("sitemap.html");
        var etag = first.Headers.ETag!;
        var modified = first.Content.Headers.LastModified!.Value;
        Assert.Equal("no-cache", first.Headers.CacheControl!.ToString());

        using var byTag = new HttpRequestMessage(HttpMethod.Get, "sitemap.html");
        byTag.Headers.IfNoneMatch.Add(etag);
        using var notModified = await client.SendAsync(byTag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag);

        using var byDate = new HttpRequestMessage(HttpMethod.Get, "sitemap.html");
        byDate.Headers.IfModifiedSince = modified;
        using var notModifiedByDate = await client.SendAsync(byDate);
        Assert.Equal(HttpStatusCode.NotModified, notModifiedByDate.StatusCode);

        using var otherTag = new HttpRequestMessage(HttpMethod.Get, "sitemap.html");
        otherTag.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"other\""));
        using var changed = await client.SendAsync(otherTag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    [Fact]
    public async Task GzipAndIdentity_HaveDifferentETags()
    {
        using var client = site.Client("[::1]");
        using var identity = await client.GetAsync("index.html");
        using var request = new HttpRequestMessage(HttpMethod.Get, "index.html");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
        using var gzip = await client.SendAsync(request);
        Assert.NotEqual(identity.Headers.ETag, gzip.Headers.ETag);
    }

    [Theory, MemberData(nameof(Hosts))]
    public async Task MissingPage_Gets404_WithTheSitesPage(string host)
    {
        using var client = site.Client(host);
        using var response = await client.GetAsync("xxgk/no-such-page.html");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal(File.ReadAllText(Path.Combine(site.Out, "404.html")), await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task NotFoundPage_WorksAtAnyDepth()
    {
        using var client = site.Client("[::1]");
        await DeployedSite.AssertDeepNotFoundPageWorks(client);
    }

    [Fact]
    public async Task TheManifestAndOtherDotFiles_AreNotServed()
    {
        Assert.True(File.Exists(Path.Combine(site.Out, ".sitegen/manifest.json")));
        using var client = site.Client("[::1]");
        using var response = await client.GetAsync(".sitegen/manifest.json");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task MethodsOtherThanGetAndHead_Get405(string method)
    {
        using var client = site.Client("[::1]");
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "index.html"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task Head_SendsTheHeadersOnly()
    {
        using var client = site.Client("127.0.0.1");
        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "index.html"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new FileInfo(Path.Combine(site.Out, "index.html")).Length, response.Content.Headers.ContentLength);
    }

    /// <summary>Twelve spellings of "..": plain, percent-encoded in either case, half-encoded, double-encoded, with encoded and back-slashes, overlong UTF-8.</summary>
    public static TheoryData<string> Traversals =>
    [
        "/../secret.txt",
        "/xxgk/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/.%2e/secret.txt",
        "/%2e./secret.txt",
        "/..%2fsecret.txt",
        "/%2e%2e%2fsecret.txt",
        "/%252e%252e/secret.txt",
        "/%252e%252e%252fsecret.txt",
        "/%25252e%25252e/secret.txt",
        "/..\\secret.txt",
        "/..%5csecret.txt",
        "/%5c..%5csecret.txt",
        "/xxgk/%2e%2e/%2e%2e/secret.txt",
        "/%c0%ae%c0%ae/secret.txt",
        "/%e0%80%ae%e0%80%ae/secret.txt",
        "http://localhost/../secret.txt",
        "/..;/secret.txt",
        "/%00/../secret.txt",
    ];

    [Theory, MemberData(nameof(Traversals))]
    public async Task Traversal_IsRefused(string target)
    {
        foreach (var host in new[] { "::1", "127.0.0.1" })
        {
            var (status, response) = await site.RawGet(target, host);
            Assert.Contains(status, new[] { 400, 404 });
            Assert.DoesNotContain(DeployedSite.Secret, response);
        }
    }

    [Fact]
    public async Task PlainDotDot_IsABadRequest_NotAPageOfTheSite()
    {
        var (status, _) = await site.RawGet("/xxgk/../index.html");
        Assert.Equal(400, status);
        var (encoded, _) = await site.RawGet("/%2e%2e/index.html");
        Assert.Equal(400, encoded);
    }

    [Fact]
    public async Task SymlinkPointingOutside_IsNotFollowed_ButOneInsideIs()
    {
        var outsideFile = Path.Combine(site.Out, "link-out.txt");
        var outsideDir = Path.Combine(site.Out, "link-out-dir");
        var inside = Path.Combine(site.Out, "link-in");
        if (!File.Exists(outsideFile)) File.CreateSymbolicLink(outsideFile, Path.Combine(site.Root, "secret.txt"));
        if (!Directory.Exists(outsideDir)) Directory.CreateSymbolicLink(outsideDir, site.Root);
        if (!Directory.Exists(inside)) Directory.CreateSymbolicLink(inside, Path.Combine(site.Out, "css"));
        using var client = site.Client("[::1]");
        foreach (var path in new[] { "link-out.txt", "link-out-dir/secret.txt", "link-out-dir/report.json" })
        {
            using var refused = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.DoesNotContain(DeployedSite.Secret, await refused.Content.ReadAsStringAsync());
        }
        using var followed = await client.GetAsync("link-in/site.css");
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
    }

    [Fact]
    public async Task EachRequest_IsLoggedOnOneLine()
    {
        using var client = site.Client("127.0.0.1");
        var marker = $"log-marker-{Guid.NewGuid():N}";
        using (await client.GetAsync($"index.html?{marker}")) { }
        using (await client.GetAsync($"{marker}.html")) { }
        var lines = site.Log.ToString().Split('\n').Where(l => l.Contains(marker)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Matches($@"^\d{{4}}-\d\d-\d\dT\d\d:\d\d:\d\dZ 127\.0\.0\.1:\d+ ""GET /index\.html\?{marker}"" 200 \d+ - [\d.]+ms$", lines[0]);
        Assert.Contains($"\"GET /{marker}.html\" 404 ", lines[1]);
    }

    [Fact]
    public async Task AServer_CanBePointedAtAnotherFolder_ForAWatchLoop()
    {
        using var other = new TempDir("sitegen-swap");
        File.WriteAllText(other.File("index.html"), "<!DOCTYPE html><title>swapped</title>");
        await using var server = new SiteServer(site.Out, new ServeOptions("::1", 0), TextWriter.Null);
        await server.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri($"http://[::1]:{server.Port}/") };
        Assert.DoesNotContain("swapped", await client.GetStringAsync("index.html"));
        server.Serve(other.Path);
        Assert.Contains("swapped", await client.GetStringAsync("index.html"));
        await server.StopAsync();
    }

    private string RelativeUrl(string file) =>
        string.Join('/', Path.GetRelativePath(site.Out, file).Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString));
}
