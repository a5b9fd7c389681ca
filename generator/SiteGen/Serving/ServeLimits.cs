using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace SiteGen.Serving;

/// <summary>
/// What one client may cost `sitegen serve`, set deliberately rather than left to Kestrel's
/// defaults (which suit an application behind a proxy, not a static site facing the internet).
/// Tests lower them through the same record.
/// </summary>
internal sealed record ServeLimits
{
    /// <summary>
    /// Request line and headers together. A static site sets no cookies and reads no headers but
    /// a few validators, so 16 KB (Kestrel: 32 KB) is generous for a browser and halves what each
    /// of many idle connections may make the server hold. Over it: 431.
    /// </summary>
    public long MaxRequestHeadersTotalSize { get; init; } = 16 * 1024;

    /// <summary>Headers per request (Kestrel: 100); browsers send about 15. Over it: 431.</summary>
    public int MaxRequestHeaderCount { get; init; } = 64;

    /// <summary>
    /// Only GET and HEAD are answered, and they have no body; what a client sends anyway is read
    /// and thrown away up to this size (Kestrel: 30 MB) before the connection is reused. Over it: 413.
    /// </summary>
    public long MaxRequestBodySize { get; init; } = 16 * 1024;

    /// <summary>
    /// From a connection's first byte to its last header line (Kestrel: 30 s). A slowloris client
    /// that trickles one header every few seconds holds a connection no longer than this.
    /// </summary>
    public TimeSpan RequestHeadersTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// An idle keep-alive connection is closed after this (Kestrel: 130 s; nginx: 75 s). Browsers
    /// reuse a connection within a page's load; longer only keeps idle sockets open.
    /// </summary>
    public TimeSpan KeepAliveTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A client that reads a response (a year's zip) slower than 512 bytes a second, after a grace of
    /// 10 s, is cut off (Kestrel: 240 B/s, 5 s): slow enough for any real mobile link, fast enough
    /// that a client reading one byte at a time cannot hold a connection and a file open for hours.
    /// A download cut off this way resumes with a Range request.
    /// </summary>
    public MinDataRate MinResponseDataRate { get; init; } = new(bytesPerSecond: 512, gracePeriod: TimeSpan.FromSeconds(10));

    /// <summary>The same for a request body that is being drained (there should be none).</summary>
    public MinDataRate MinRequestBodyDataRate { get; init; } = new(bytesPerSecond: 512, gracePeriod: TimeSpan.FromSeconds(10));

    /// <summary>
    /// Open connections at once (Kestrel: unlimited). Each costs a socket, buffers and maybe an open
    /// file; 1,000 is far above what one static site's visitors open at once (a browser opens six)
    /// and keeps a flood from exhausting file handles. Connections beyond it are closed at once.
    /// </summary>
    public long MaxConcurrentConnections { get; init; } = 1000;

    /// <summary>
    /// Requests on one connection in <see cref="RequestWindow"/>: a page with its styles, scripts
    /// and images is a dozen, a mirroring tool on one keep-alive connection a few hundred a second
    /// on a fast link. Beyond it the client gets 429 with Retry-After and the connection is closed,
    /// so one client cannot keep the server busy through a single pipelined connection.
    /// </summary>
    public int RequestsPerConnection { get; init; } = 1000;

    public TimeSpan RequestWindow { get; init; } = TimeSpan.FromSeconds(10);

    public static ServeLimits Default { get; } = new();

    public void ApplyTo(KestrelServerLimits kestrel)
    {
        kestrel.MaxRequestHeadersTotalSize = checked((int)MaxRequestHeadersTotalSize);
        kestrel.MaxRequestHeaderCount = MaxRequestHeaderCount;
        kestrel.MaxRequestBodySize = MaxRequestBodySize;
        kestrel.RequestHeadersTimeout = RequestHeadersTimeout;
        kestrel.KeepAliveTimeout = KeepAliveTimeout;
        kestrel.MinResponseDataRate = MinResponseDataRate;
        kestrel.MinRequestBodyDataRate = MinRequestBodyDataRate;
        kestrel.MaxConcurrentConnections = MaxConcurrentConnections;
        // No WebSockets or other upgrades: live reload polls a small JSON file instead.
        kestrel.MaxConcurrentUpgradedConnections = 0;
    }
}
