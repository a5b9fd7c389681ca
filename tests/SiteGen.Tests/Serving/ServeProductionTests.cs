using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using SiteGen.Serving;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Deploy;

/// <summary>
/// `sitegen serve` as a small production server, on a folder of a few files: byte ranges and
/// If-Range, 304s, HEAD, the limits of <see cref="ServeLimits"/>, and 200 concurrent keep-alive
/// clients on loopback.
/// </summary>
[Slow]
public sealed class ServeProductionTests : IAsyncLifetime
{
    private readonly TempDir _dir = new("sitegen-serve-prod");
    private readonly StringWriter _log = new();
    private readonly byte[] _pdf = Enumerable.Range(0, 100_000).Select(i => (byte)(i * 31 + i / 256)).ToArray();
    private readonly byte[] _page = Encoding.UTF8.GetBytes("<!DOCTYPE html><title>首页</title>" + string.Concat(Enumerable.Repeat("<p>政务公开</p>", 500)));
    private SiteServer? _server;

    public async Task InitializeAsync()
    {
        File.WriteAllBytes(_dir.File("scan.pdf"), _pdf);
        File.WriteAllBytes(_dir.File("index.html"), _page);
        using (var gz = new GZipStream(File.Create(_dir.File("index.html.gz")), CompressionLevel.Optimal)) gz.Write(_page);
        _server = await Start(ServeLimits.Default);
    }

    public async Task DisposeAsync()
    {
        await _server!.DisposeAsync();
        _dir.Dispose();
    }

    private async Task<SiteServer> Start(ServeLimits limits)
    {
        var server = new SiteServer(_dir.Path, new ServeOptions("::1", 0, limits), _log);
        await server.StartAsync();
        return server;
    }

    private static HttpClient Client(SiteServer server, int connections = 10) =>
        new(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, MaxConnectionsPerServer = connections, UseCookies = false })
        {
            BaseAddress = new Uri($"http://[::1]:{server.Port}/"),
            Timeout = TimeSpan.FromSeconds(30),
        };

    private static HttpRequestMessage Get(string path, Action<HttpRequestHeaders>? headers = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        headers?.Invoke(request.Headers);
        return request;
    }

    [Theory]
    [InlineData("bytes=0-99", 0, 100)]
    [InlineData("bytes=99990-", 99_990, 10)]
    [InlineData("bytes=-250", 99_750, 250)]
    [InlineData("bytes=50000-50000", 50_000, 1)]
    [InlineData("bytes=99000-200000", 99_000, 1000)]
    public async Task Range_Gets206_WithExactlyTheBytesAsked(string range, int from, int length)
    {
        using var client = Client(_server!);
        using var response = await client.SendAsync(Get("scan.pdf", h => h.TryAddWithoutValidation("Range", range)));
        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes {from}-{from + length - 1}/{_pdf.Length}", response.Content.Headers.ContentRange!.ToString());
        Assert.Equal(length, response.Content.Headers.ContentLength);
        Assert.Equal(_pdf.AsSpan(from, length).ToArray(), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task WholeFile_AdvertisesRanges()
    {
        using var client = Client(_server!);
        using var response = await client.GetAsync("scan.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("bytes", response.Headers.AcceptRanges.Single());
        Assert.Equal(_pdf, await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("bytes=100000-")]
    [InlineData("bytes=200000-300000")]
    public async Task UnsatisfiableRange_Gets416_WithTheLength(string range)
    {
        using var client = Client(_server!);
        using var response = await client.SendAsync(Get("scan.pdf", h => h.TryAddWithoutValidation("Range", range)));
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal($"bytes */{_pdf.Length}", response.Content.Headers.ContentRange!.ToString());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>A documented choice: several ranges in one request get the whole file, which RFC 9110 allows.</summary>
    [Fact]
    public async Task MultipleRanges_GetTheWholeFile()
    {
        using var client = Client(_server!);
        using var response = await client.SendAsync(Get("scan.pdf", h => h.TryAddWithoutValidation("Range", "bytes=0-9,100-109")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(_pdf, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task IfRange_WithTheCurrentETag_GetsTheRange_WithAnOldOne_TheWholeNewFile()
    {
        using var client = Client(_server!);
        using var first = await client.GetAsync("scan.pdf");
        var etag = first.Headers.ETag!;
        var modified = first.Content.Headers.LastModified!.Value;

        using var current = await client.SendAsync(Get("scan.pdf", h => { h.TryAddWithoutValidation("Range", "bytes=10-19"); h.IfRange = new RangeConditionHeaderValue(etag); }));
        Assert.Equal(HttpStatusCode.PartialContent, current.StatusCode);
        Assert.Equal(_pdf.AsSpan(10, 10).ToArray(), await current.Content.ReadAsByteArrayAsync());
        using var byDate = await client.SendAsync(Get("scan.pdf", h => { h.TryAddWithoutValidation("Range", "bytes=10-19"); h.IfRange = new RangeConditionHeaderValue(modified); }));
        Assert.Equal(HttpStatusCode.PartialContent, byDate.StatusCode);

        // The file is replaced (a rebuild): a download resumed with the old ETag must start over.
        var changed = _pdf.Reverse().ToArray();
        File.WriteAllBytes(_dir.File("scan.pdf"), changed);
        File.SetLastWriteTimeUtc(_dir.File("scan.pdf"), DateTime.UtcNow.AddMinutes(1));
        using var stale = await client.SendAsync(Get("scan.pdf", h => { h.TryAddWithoutValidation("Range", "bytes=10-19"); h.IfRange = new RangeConditionHeaderValue(etag); }));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.NotEqual(etag, stale.Headers.ETag);
        Assert.Equal(changed, await stale.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task RangeOfAPageWithAGzipTwin_IsOfTheIdentityBytes()
    {
        using var client = Client(_server!);
        using var whole = await client.SendAsync(Get("index.html", h => h.TryAddWithoutValidation("Accept-Encoding", "gzip")));
        Assert.Equal("gzip", whole.Content.Headers.ContentEncoding.Single());
        using var response = await client.SendAsync(Get("index.html", h => { h.TryAddWithoutValidation("Accept-Encoding", "gzip"); h.TryAddWithoutValidation("Range", "bytes=0-14"); }));
        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal($"bytes 0-14/{_page.Length}", response.Content.Headers.ContentRange!.ToString());
        Assert.Equal(_page.AsSpan(0, 15).ToArray(), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("scan.pdf")]
    [InlineData("index.html")]
    public async Task Unchanged_Gets304_ForItsETag_AndForItsDate_AndAChangedOne200(string path)
    {
        using var client = Client(_server!);
        using var first = await client.GetAsync(path);
        using var byTag = await client.SendAsync(Get(path, h => h.IfNoneMatch.Add(first.Headers.ETag!)));
        Assert.Equal(HttpStatusCode.NotModified, byTag.StatusCode);
        Assert.Empty(await byTag.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, byTag.Headers.ETag);
        using var byDate = await client.SendAsync(Get(path, h => h.IfModifiedSince = first.Content.Headers.LastModified));
        Assert.Equal(HttpStatusCode.NotModified, byDate.StatusCode);
        using var older = await client.SendAsync(Get(path, h => h.IfModifiedSince = first.Content.Headers.LastModified!.Value.AddDays(-1)));
        Assert.Equal(HttpStatusCode.OK, older.StatusCode);
        using var otherTag = await client.SendAsync(Get(path, h => h.IfNoneMatch.Add(new EntityTagHeaderValue("\"other\""))));
        Assert.Equal(HttpStatusCode.OK, otherTag.StatusCode);
    }

    [Fact]
    public async Task Head_SendsTheHeadersOfGet_AndNoBody()
    {
        using var client = Client(_server!);
        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "scan.pdf"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(_pdf.Length, response.Content.Headers.ContentLength);
        Assert.Equal("bytes", response.Headers.AcceptRanges.Single());
        Assert.NotNull(response.Headers.ETag);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task OversizedHeaders_Get431()
    {
        using var client = Client(_server!);
        using var response = await client.SendAsync(Get("index.html", h => h.TryAddWithoutValidation("X-Padding", new string('a', 20_000))));
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task TooManyRequestsOnOneConnection_Get429_AndTheConnectionIsClosed()
    {
        await using var server = await Start(ServeLimits.Default with { RequestsPerConnection = 5, RequestWindow = TimeSpan.FromMinutes(1) });
        using var tcp = new TcpClient(AddressFamily.InterNetworkV6);
        await tcp.ConnectAsync(IPAddress.IPv6Loopback, server.Port);
        await using var stream = tcp.GetStream();
        var request = Encoding.ASCII.GetBytes("HEAD /scan.pdf HTTP/1.1\r\nHost: localhost\r\n\r\n");
        // Six pipelined requests on one keep-alive connection: five answered, the sixth refused, then EOF.
        for (var i = 0; i < 6; i++) await stream.WriteAsync(request);
        var answer = await ReadToEnd(stream, TimeSpan.FromSeconds(10));
        Assert.Equal(5, CountOf(answer, "HTTP/1.1 200 OK"));
        Assert.Equal(1, CountOf(answer, "HTTP/1.1 429 Too Many Requests"));
        Assert.Contains("Retry-After: 60", answer);
        // A new connection is a new window.
        using var client = Client(server);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("scan.pdf")).StatusCode);
    }

    [Fact]
    public async Task ClientThatTricklesItsHeaders_IsDisconnected_AfterTheHeadersTimeout()
    {
        await using var server = await Start(ServeLimits.Default with { RequestHeadersTimeout = TimeSpan.FromSeconds(1) });
        using var tcp = new TcpClient(AddressFamily.InterNetworkV6);
        await tcp.ConnectAsync(IPAddress.IPv6Loopback, server.Port);
        await using var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("GET /index.html HTTP/1.1\r\nHost: localhost\r\n"));
        var started = DateTime.UtcNow;
        var answer = await ReadToEnd(stream, TimeSpan.FromSeconds(10));
        // Kestrel checks its timeouts once a second: closed within a few seconds, with a 408.
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5), $"closed after {DateTime.UtcNow - started}");
        Assert.StartsWith("HTTP/1.1 408", answer);
    }

    /// <summary>
    /// 200 clients, each on its own keep-alive connection, all at once, five requests each (a page
    /// with gzip, a range of the PDF, a 304, the whole PDF, a HEAD): every one answered, correctly,
    /// on 200 connections (the log's client ports), within a bound.
    /// </summary>
    [Fact]
    public async Task TwoHundredConcurrentKeepAliveClients_AreAllAnswered()
    {
        const int clients = 200;
        var start = new TaskCompletionSource();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var answered = 0;
        var tasks = Enumerable.Range(0, clients).Select(async c =>
        {
            using var client = Client(_server!, connections: 1);
            await start.Task;
            try
            {
                using var page = await client.SendAsync(Get($"index.html?c={c}", h => h.TryAddWithoutValidation("Accept-Encoding", "gzip")));
                Check(page.StatusCode == HttpStatusCode.OK && page.Content.Headers.ContentEncoding.Contains("gzip"), "page");
                var etag = page.Headers.ETag!;
                using var range = await client.SendAsync(Get($"scan.pdf?c={c}", h => h.TryAddWithoutValidation("Range", $"bytes={c}-{c + 99}")));
                Check(range.StatusCode == HttpStatusCode.PartialContent && (await range.Content.ReadAsByteArrayAsync()).AsSpan().SequenceEqual(_pdf.AsSpan(c, 100)), "range");
                using var notModified = await client.SendAsync(Get($"index.html?c={c}", h => { h.TryAddWithoutValidation("Accept-Encoding", "gzip"); h.IfNoneMatch.Add(etag); }));
                Check(notModified.StatusCode == HttpStatusCode.NotModified, "304");
                using var whole = await client.GetAsync($"scan.pdf?c={c}");
                Check(whole.StatusCode == HttpStatusCode.OK && (await whole.Content.ReadAsByteArrayAsync()).Length == _pdf.Length, "whole");
                using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"scan.pdf?c={c}"));
                Check(head.StatusCode == HttpStatusCode.OK, "head");
            }
            catch (Exception e)
            {
                failures.Add($"client {c}: {e.GetType().Name} {e.Message}");
            }

            void Check(bool ok, string what)
            {
                if (ok) Interlocked.Increment(ref answered);
                else failures.Add($"client {c}: {what}");
            }
        }).ToList();
        start.SetResult();
        var all = Task.WhenAll(tasks);
        Assert.Same(all, await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(60))));
        Assert.Empty(failures);
        Assert.Equal(clients * 5, answered);
        // Every client kept its one connection: 200 distinct client ports, five requests each.
        var ports = _log.ToString().Split('\n').Where(l => l.Contains("?c=")).Select(l => l.Split(' ')[1]).GroupBy(p => p).ToList();
        Assert.Equal(clients, ports.Count);
        Assert.All(ports, p => Assert.Equal(5, p.Count()));
    }

    private static async Task<string> ReadToEnd(Stream stream, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        var buffer = new MemoryStream();
        var chunk = new byte[4096];
        try
        {
            int n;
            while ((n = await stream.ReadAsync(chunk, timeout.Token)) > 0) buffer.Write(chunk, 0, n);
        }
        catch (IOException) { }
        return Encoding.ASCII.GetString(buffer.ToArray());
    }

    private static int CountOf(string text, string what) => (text.Length - text.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;
}
