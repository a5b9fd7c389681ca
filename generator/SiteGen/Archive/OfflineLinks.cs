using System.Text.RegularExpressions;

namespace SiteGen.Archive;

/// <summary>
/// Links in a page of an offline copy. The zip keeps the site's own layout (entries are paths
/// from the site root), so a relative link to a file the zip holds works unchanged. A link to a
/// page the zip does not hold loses its href and stays as plain text: the copy must work with no
/// network and point at no host, and a dead link would be worse. Links editors wrote to other
/// hosts are part of the document's text and stay as written. The generator writes every
/// attribute in double quotes, which is what makes a pattern enough here.
/// </summary>
internal static partial class OfflineLinks
{
    [GeneratedRegex("(?<=\\s)(href|src|action)=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex LinkAttribute();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();

    /// <summary>Site-root-relative paths (unescaped, without query or fragment) of the page's relative links.</summary>
    public static IEnumerable<string> Targets(string pagePath, string html)
    {
        foreach (Match m in LinkAttribute().Matches(html))
            if (Resolve(pagePath, m.Groups[2].Value) is { Length: > 0 } target) yield return target;
    }

    /// <summary>The page with every relative link to a file outside <paramref name="contains"/> removed.</summary>
    public static string Rewrite(string pagePath, string html, Func<string, bool> contains) =>
        LinkAttribute().Replace(html, m =>
        {
            var target = Resolve(pagePath, m.Groups[2].Value);
            return target is null || contains(target) ? m.Value : $"data-offline=\"{m.Groups[1].Value}\"";
        });

    /// <summary>
    /// null for links that need nothing (fragments, other hosts, data: URLs); "" for links that can
    /// never be inside a zip (root-absolute, or climbing above the site root); else the target's path.
    /// </summary>
    public static string? Resolve(string pagePath, string url)
    {
        if (url.Length == 0 || url[0] is '#' || url.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(url)) return null;
        if (url[0] == '/') return "";
        var end = url.IndexOfAny(['?', '#']);
        var path = end >= 0 ? url[..end] : url;
        if (path.Length == 0) return null;
        var segments = new List<string>();
        var slash = pagePath.LastIndexOf('/');
        if (slash > 0) segments.AddRange(pagePath[..slash].Split('/'));
        foreach (var raw in path.Split('/'))
        {
            string segment;
            try { segment = Uri.UnescapeDataString(raw); } catch (UriFormatException) { return ""; }
            switch (segment)
            {
                case "" or ".": continue;
                case "..":
                    if (segments.Count == 0) return "";
                    segments.RemoveAt(segments.Count - 1);
                    continue;
                default:
                    segments.Add(segment);
                    continue;
            }
        }
        return segments.Count == 0 ? "" : string.Join('/', segments) + (path.EndsWith('/') ? "/index.html" : "");
    }
}
