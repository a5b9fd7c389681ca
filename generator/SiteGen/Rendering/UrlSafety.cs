using System.Net;

namespace SiteGen.Rendering;

/// <summary>
/// Classifies URLs written by editors. Browsers ignore control characters, whitespace and case in
/// the scheme and decode entities first, so `JaVa&#x53;cript:` and `java\tscript:` are caught too.
/// </summary>
internal static class UrlSafety
{
    private static readonly string[] DangerousSchemes = ["javascript:", "vbscript:", "data:", "file:", "blob:", "filesystem:"];

    public static bool IsDangerous(string url)
    {
        var decoded = WebUtility.HtmlDecode(Uri.UnescapeDataString(SafeUnescape(url)));
        var compact = new string(decoded.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return DangerousSchemes.Any(s => compact.StartsWith(s, StringComparison.Ordinal));
    }

    /// <summary>A URL with a scheme or host: left as written and listed in the report, never fetched.</summary>
    public static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || (url.IndexOf(':') is var i and > 0 && url[..i].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'));

    private static string SafeUnescape(string s)
    {
        try { return Uri.UnescapeDataString(s); }
        catch (UriFormatException) { return s; }
    }
}
