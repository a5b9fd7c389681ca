using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using SiteGen.Text;

namespace SiteGen.Serving;

/// <summary>
/// One line per request, in the spirit of the common log format:
/// `2026-11-26T08:00:00Z [::1]:50412 "GET /index.html" 200 4711 gzip 0.4ms`.
/// Control characters in the target are escaped, so a request cannot forge log lines.
/// </summary>
internal sealed class RequestLog(TextWriter writer)
{
    private readonly object _lock = new();

    public async Task Around(HttpContext context, Func<HttpContext, Task> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var connection = context.Connection;
            var remote = connection.RemoteIpAddress is { } address && (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address) is var ip
                ? (ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{ip}]" : ip.ToString()) + ":" + connection.RemotePort
                : "-";
            var target = Escape(context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "");
            var response = context.Response;
            var encoding = response.Headers.ContentEncoding.ToString() is { Length: > 0 } e ? e : "-";
            var line = string.Create(CultureInfo.InvariantCulture,
                $"{Dates.Rfc3339Utc(DateTime.UtcNow)} {remote} \"{context.Request.Method} {target}\" {response.StatusCode} {response.ContentLength ?? 0} {encoding} {ms:0.0}ms");
            lock (_lock)
            {
                writer.WriteLine(line);
                writer.Flush();
            }
        }
    }

    private static string Escape(string s)
    {
        if (!s.Any(c => char.IsControl(c) || c == '"')) return s;
        var b = new StringBuilder(s.Length + 8);
        foreach (var c in s) b.Append(char.IsControl(c) || c == '"' ? $"\\x{(int)c:x2}" : c.ToString());
        return b.ToString();
    }
}
