using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace SiteGen.Serving;

/// <summary>
/// At most <see cref="ServeLimits.RequestsPerConnection"/> requests per connection in each
/// <see cref="ServeLimits.RequestWindow"/> (.NET's fixed-window rate limiter, one per connection;
/// the partitioned limiter drops the idle ones). Over it: 429 with Retry-After, and the connection
/// is closed, so the client must open a new one (which costs it a handshake and counts against
/// <see cref="ServeLimits.MaxConcurrentConnections"/>).
/// </summary>
internal sealed class ConnectionRequestLimit(ServeLimits limits) : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        RateLimitPartition.GetFixedWindowLimiter(context.Connection.Id, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.RequestsPerConnection,
            Window = limits.RequestWindow,
            QueueLimit = 0,
        }));

    /// <summary>Runs next, or answers 429 when the connection used up its window.</summary>
    public async Task Around(HttpContext context, Func<HttpContext, Task> next)
    {
        using var lease = _limiter.AttemptAcquire(context);
        if (lease.IsAcquired)
        {
            await next(context);
            return;
        }
        var response = context.Response;
        foreach (var (name, value) in SecurityHeaders.All) response.Headers[name] = value;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = ((int)Math.Ceiling(limits.RequestWindow.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        response.Headers[HeaderNames.Connection] = "close";
        response.ContentType = "text/plain; charset=utf-8";
        var body = "429 Too Many Requests\n"u8.ToArray();
        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await response.Body.WriteAsync(body, context.RequestAborted);
    }

    public void Dispose() => _limiter.Dispose();
}
