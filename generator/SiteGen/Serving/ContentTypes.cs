using Microsoft.AspNetCore.StaticFiles;

namespace SiteGen.Serving;

/// <summary>Content types by extension, with charset=utf-8 on every text type (SiteGen writes UTF-8 only).</summary>
internal sealed class ContentTypes
{
    private readonly FileExtensionContentTypeProvider _provider = new();

    public ContentTypes()
    {
        _provider.Mappings[".webmanifest"] = "application/manifest+json";
        _provider.Mappings[".mjs"] = "text/javascript";
    }

    public string For(string path)
    {
        if (!_provider.TryGetContentType(path, out var type)) return "application/octet-stream";
        return IsText(type) ? type + "; charset=utf-8" : type;
    }

    private static bool IsText(string type) =>
        type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("+xml", StringComparison.Ordinal) || type.EndsWith("+json", StringComparison.Ordinal)
        || type is "application/javascript" or "application/json" or "application/xml";

    /// <summary>
    /// Pages, feeds and data are revalidated on every visit (an update must show at once: monitoring
    /// checks freshness); the theme's CSS, scripts, images and attachments may be cached for an hour.
    /// </summary>
    public static string CacheControl(string path) => Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm" or ".xml" or ".json" or ".txt"
        ? "no-cache"
        : "public, max-age=3600";
}
