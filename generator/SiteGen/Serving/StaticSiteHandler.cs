using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using SiteGen.Output;

namespace SiteGen.Serving;

/// <summary>
/// Answers one request from a built site: GET and HEAD only; index.html for folders (a folder
/// without its slash is redirected, relatively, so the site also works behind a sub-path proxy);
/// FILE.gz when the client accepts gzip (the identity file when a range is asked); ETag and
/// Last-Modified with 304s, byte ranges and If-Range (ASP.NET Core's file result); the site's 404.html;
/// 400 for any traversal attempt. Every response carries <see cref="SecurityHeaders"/>.
/// </summary>
internal sealed class StaticSiteHandler(Func<SiteFolder> folder, Func<byte[], byte[]>? transformHtml = null)
{
    private static readonly byte[] BadRequestBody = Encoding.UTF8.GetBytes("400 Bad Request\n");
    private static readonly byte[] NotFoundBody = Encoding.UTF8.GetBytes("404 Not Found\n");
    private readonly ContentTypes _types = new();

    public async Task Handle(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        foreach (var (name, value) in SecurityHeaders.All) response.Headers[name] = value;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/";
        var relative = RequestTarget.Parse(raw);
        if (relative is null)
        {
            await Plain(context, StatusCodes.Status400BadRequest, BadRequestBody);
            return;
        }
        var site = folder();
        var path = RequestTarget.IsHidden(relative) ? null : site.Find(relative);
        if (path is not null && Directory.Exists(path))
        {
            var rawPath = raw.Split('?', 2)[0];
            if (relative.Length > 0 && !rawPath.EndsWith('/'))
            {
                // Relative, so it stays right behind a proxy that maps the site under a sub-path.
                var last = rawPath[(rawPath.LastIndexOf('/') + 1)..];
                response.Headers.Location = last + "/" + request.QueryString.Value;
                response.StatusCode = StatusCodes.Status301MovedPermanently;
                return;
            }
            relative = relative.Length == 0 ? "index.html" : relative + "/index.html";
            path = site.Find(relative);
        }
        if (path is null || !File.Exists(path))
        {
            await NotFound(context, site);
            return;
        }
        await SendFile(context, site, relative, path, StatusCodes.Status200OK);
    }

    private async Task NotFound(HttpContext context, SiteFolder site)
    {
        if (site.Find("404.html") is { } page && File.Exists(page)) await SendFile(context, site, "404.html", page, StatusCodes.Status404NotFound);
        else await Plain(context, StatusCodes.Status404NotFound, NotFoundBody);
    }

    private async Task SendFile(HttpContext context, SiteFolder site, string relative, string path, int status)
    {
        var request = context.Request;
        var response = context.Response;
        var send = path;
        // serve --watch: HTML pages are sent uncompressed, with the live-reload script added.
        var transform = transformHtml is not null && relative.EndsWith(".html", StringComparison.OrdinalIgnoreCase);
        if (OutputTree.IsText(relative) && !transform)
        {
            response.Headers.Vary = "Accept-Encoding";
            // A range is of the identity bytes: ranges of a .gz twin would be a different
            // representation for each client, and no browser asks for one of a page anyway.
            if (AcceptsGzip(request.Headers.AcceptEncoding.ToString()) && request.Headers.Range.Count == 0
                && site.Find(relative + ".gz") is { } gz && File.Exists(gz))
            {
                send = gz;
                response.Headers.ContentEncoding = "gzip";
            }
        }
        response.Headers.CacheControl = status == StatusCodes.Status200OK ? ContentTypes.CacheControl(relative) : "no-cache";
        if (transform)
        {
            response.StatusCode = status;
            response.ContentType = _types.For(relative);
            var body = transformHtml!(await File.ReadAllBytesAsync(send, context.RequestAborted));
            response.ContentLength = body.Length;
            if (!HttpMethods.IsHead(request.Method)) await response.Body.WriteAsync(body, context.RequestAborted);
            return;
        }
        if (status != StatusCodes.Status200OK)
        {
            // The 404 page: no validators, no ranges (they would describe the page, not the missing resource).
            response.StatusCode = status;
            response.ContentType = _types.For(relative);
            response.ContentLength = new FileInfo(send).Length;
            if (!HttpMethods.IsHead(request.Method)) await response.SendFileAsync(send, context.RequestAborted);
            return;
        }
        var info = new FileInfo(send);
        var modified = new DateTimeOffset(info.LastWriteTimeUtc.Ticks - info.LastWriteTimeUtc.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        var etag = new EntityTagHeaderValue($"\"{info.LastWriteTimeUtc.Ticks:x}-{info.Length:x}\"");
        // ASP.NET Core's own file result does the rest as its static-file middleware does: If-Match,
        // If-None-Match, If-Modified-Since, If-Unmodified-Since (304/412), Accept-Ranges, a single
        // Range (206 with Content-Range, 416 when unsatisfiable), If-Range, and HEAD without a body.
        // Several ranges in one request get the whole file (200), which RFC 9110 allows.
        await TypedResults.PhysicalFile(send, _types.For(relative), lastModified: modified, entityTag: etag, enableRangeProcessing: true).ExecuteAsync(context);
        if (response.StatusCode == StatusCodes.Status304NotModified) response.Headers.ContentEncoding = default;
    }

    private static async Task Plain(HttpContext context, int status, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>Accept-Encoding names gzip (or *) with a non-zero quality.</summary>
    public static bool AcceptsGzip(string acceptEncoding)
    {
        double? gzip = null, any = null;
        foreach (var part in acceptEncoding.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(';', StringSplitOptions.TrimEntries);
            var q = 1.0;
            foreach (var p in pieces.Skip(1))
                if (p.StartsWith("q=", StringComparison.OrdinalIgnoreCase) && double.TryParse(p[2..], NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) q = v;
            if (pieces[0].Equals("gzip", StringComparison.OrdinalIgnoreCase) || pieces[0].Equals("x-gzip", StringComparison.OrdinalIgnoreCase)) gzip = q;
            else if (pieces[0] == "*") any = q;
        }
        return (gzip ?? any ?? 0) > 0;
    }
}
