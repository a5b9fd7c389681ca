using SiteGen.Watch;
using System.Text;
using Microsoft.AspNetCore.Http;
using SiteGen.Build;

namespace SiteGen.Serving;

/// <summary>`serve --watch` only: the live-reload script and its state, under /__sitegen/ (never part of a built site).</summary>
internal static class LiveEndpoints
{
    private static readonly byte[] Script = Encoding.UTF8.GetBytes(LiveReload.Script);

    public static Task? TryHandle(HttpContext context, LiveReload live)
    {
        var path = context.Request.Path.Value ?? "";
        if (path == "/" + LiveReload.ScriptPath) return Send(context, "text/javascript; charset=utf-8", Script);
        if (path == "/" + LiveReload.StatePath) return Send(context, "application/json; charset=utf-8", Encoding.UTF8.GetBytes(live.StateJson()));
        return null;
    }

    private static async Task Send(HttpContext context, string type, byte[] body)
    {
        foreach (var (name, value) in SecurityHeaders.All) context.Response.Headers[name] = value;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = type;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }
}
