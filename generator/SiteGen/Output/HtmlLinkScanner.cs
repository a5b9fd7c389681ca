using System.Net;

namespace SiteGen.Output;

/// <summary>A URL found in an output page: the attribute it came from and its value, entities decoded.</summary>
internal readonly record struct FoundLink(string Attribute, string Url);

/// <summary>The links of one page and the ids (anchor targets) it defines.</summary>
internal sealed record ScannedPage(IReadOnlyList<FoundLink> Links, IReadOnlySet<string> Ids);

/// <summary>
/// A tag-level scanner for generated HTML and XML: reads start tags and their attributes and skips
/// comments, script and style bodies. A full parser (AngleSharp) costs about ten times as much and
/// the link checker reads every page of every build; our pages come from templates that escape every
/// value, so tags and quoted attributes are all this has to understand.
/// </summary>
internal static class HtmlLinkScanner
{
    public static ScannedPage Scan(string html)
    {
        var links = new List<FoundLink>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = SkipPast(html, i + 4, "-->");
                continue;
            }
            if (i + 1 >= html.Length || !char.IsAsciiLetter(html[i + 1]))
            {
                i++;
                continue;
            }
            var nameStart = i + 1;
            var p = nameStart;
            while (p < html.Length && IsNameChar(html[p])) p++;
            var tag = html[nameStart..p].ToLowerInvariant();
            p = ReadAttributes(html, p, tag, links, ids);
            i = tag is "script" or "style" ? SkipPast(html, p, "</" + tag) : p;
        }
        return new ScannedPage(links, ids);
    }

    private static int ReadAttributes(string html, int p, string tag, List<FoundLink> links, HashSet<string> ids)
    {
        string? httpEquiv = null, content = null;
        while (p < html.Length)
        {
            while (p < html.Length && (char.IsWhiteSpace(html[p]) || html[p] == '/')) p++;
            if (p >= html.Length || html[p] == '>') { p++; break; }
            var nameStart = p;
            while (p < html.Length && !char.IsWhiteSpace(html[p]) && html[p] is not ('=' or '>' or '/')) p++;
            var name = html[nameStart..p];
            while (p < html.Length && char.IsWhiteSpace(html[p])) p++;
            string? value = null;
            if (p < html.Length && html[p] == '=')
            {
                p++;
                while (p < html.Length && char.IsWhiteSpace(html[p])) p++;
                if (p < html.Length && html[p] is '"' or '\'')
                {
                    var quote = html[p];
                    var end = html.IndexOf(quote, p + 1);
                    if (end < 0) end = html.Length;
                    value = html[(p + 1)..end];
                    p = end + 1;
                }
                else
                {
                    var start = p;
                    while (p < html.Length && !char.IsWhiteSpace(html[p]) && html[p] != '>') p++;
                    value = html[start..p];
                }
                if (value.Contains('&')) value = WebUtility.HtmlDecode(value);
            }
            if (value is null) continue;
            switch (name.ToLowerInvariant())
            {
                case "href" or "src" or "action" or "poster":
                    links.Add(new FoundLink(name, value));
                    break;
                case "srcset":
                    foreach (var candidate in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        links.Add(new FoundLink(name, candidate.Split(' ', 2)[0]));
                    break;
                case "id":
                    ids.Add(value);
                    break;
                case "name" when tag == "a":
                    ids.Add(value);
                    break;
                case "http-equiv":
                    httpEquiv = value;
                    break;
                case "content":
                    content = value;
                    break;
            }
        }
        // <meta http-equiv="refresh" content="0; url=target">: the alias pages' redirect.
        if (tag == "meta" && content is not null && string.Equals(httpEquiv, "refresh", StringComparison.OrdinalIgnoreCase))
        {
            var u = content.IndexOf("url=", StringComparison.OrdinalIgnoreCase);
            if (u >= 0) links.Add(new FoundLink("http-equiv=refresh", content[(u + 4)..].Trim().Trim('\'', '"')));
        }
        return p;
    }

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or ':' or '_';

    private static int SkipPast(string html, int from, string end)
    {
        var i = html.IndexOf(end, from, StringComparison.OrdinalIgnoreCase);
        return i < 0 ? html.Length : i + end.Length;
    }
}
