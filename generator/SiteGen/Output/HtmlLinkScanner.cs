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
    /// <param name="pool">Keeps one string per distinct URL and id when pages' scans are kept (20,000 pages repeat the same navigation links).</param>
    public static ScannedPage Scan(string html, StringPool? pool = null) => Scan(html.AsSpan(), pool);

    /// <inheritdoc cref="Scan(string, StringPool?)"/>
    public static ScannedPage Scan(ReadOnlySpan<char> html, StringPool? pool = null)
    {
        var links = new List<FoundLink>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        while (i < html.Length && html[i..].IndexOf('<') is var next and >= 0)
        {
            i += next;
            if (html[i..].StartsWith("<!--"))
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
            var tag = TagName(html.Slice(nameStart, p - nameStart));
            p = ReadAttributes(html, p, tag, links, ids, pool);
            i = tag is "script" or "style" ? SkipPast(html, p, "</" + tag) : p;
        }
        // Kept until the link check: an exact-size array is one object instead of a list and its array.
        return new ScannedPage(links.ToArray(), ids);
    }

    private enum Kind { Other, Link, SrcSet, Id, HttpEquiv, Content }

    private static int ReadAttributes(ReadOnlySpan<char> html, int p, string tag, List<FoundLink> links, HashSet<string> ids, StringPool? pool)
    {
        string? httpEquiv = null, content = null;
        while (p < html.Length)
        {
            while (p < html.Length && (char.IsWhiteSpace(html[p]) || html[p] == '/')) p++;
            if (p >= html.Length || html[p] == '>') { p++; break; }
            var nameStart = p;
            while (p < html.Length && !char.IsWhiteSpace(html[p]) && html[p] is not ('=' or '>' or '/')) p++;
            var nameEnd = p;
            var kind = KindOf(html.Slice(nameStart, nameEnd - nameStart), tag);
            while (p < html.Length && char.IsWhiteSpace(html[p])) p++;
            if (p >= html.Length || html[p] != '=') continue;
            p++;
            while (p < html.Length && char.IsWhiteSpace(html[p])) p++;
            int start, end;
            if (p < html.Length && html[p] is '"' or '\'')
            {
                start = p + 1;
                end = html[start..].IndexOf(html[p]);
                end = end < 0 ? html.Length : start + end;
                p = end + 1;
            }
            else
            {
                start = p;
                while (p < html.Length && !char.IsWhiteSpace(html[p]) && html[p] != '>') p++;
                end = p;
            }
            // Only the values that matter are copied out: most attributes are class, aria-*, rel.
            if (kind == Kind.Other) continue;
            var raw = html.Slice(start, end - start);
            var value = raw.Contains('&') ? WebUtility.HtmlDecode(raw.ToString()) : null;
            switch (kind)
            {
                case Kind.Link:
                    links.Add(new FoundLink(Keep(html.Slice(nameStart, nameEnd - nameStart), pool), value is null ? Keep(raw, pool) : Keep(value, pool)));
                    break;
                case Kind.SrcSet:
                    foreach (var candidate in (value ?? raw.ToString()).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        links.Add(new FoundLink("srcset", Keep(candidate.Split(' ', 2)[0], pool)));
                    break;
                case Kind.Id:
                    ids.Add(value is null ? Keep(raw, pool) : Keep(value, pool));
                    break;
                case Kind.HttpEquiv:
                    httpEquiv = value ?? raw.ToString();
                    break;
                case Kind.Content:
                    content = value ?? raw.ToString();
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

    private static string Keep(ReadOnlySpan<char> s, StringPool? pool) => pool?.Get(s) ?? s.ToString();

    private static string Keep(string s, StringPool? pool) => pool?.Get(s) ?? s;

    private static Kind KindOf(ReadOnlySpan<char> name, string tag)
    {
        if (name.Equals("href", StringComparison.OrdinalIgnoreCase) || name.Equals("src", StringComparison.OrdinalIgnoreCase)
            || name.Equals("action", StringComparison.OrdinalIgnoreCase) || name.Equals("poster", StringComparison.OrdinalIgnoreCase)) return Kind.Link;
        if (name.Equals("id", StringComparison.OrdinalIgnoreCase) || (tag == "a" && name.Equals("name", StringComparison.OrdinalIgnoreCase))) return Kind.Id;
        if (name.Equals("srcset", StringComparison.OrdinalIgnoreCase)) return Kind.SrcSet;
        if (tag != "meta") return Kind.Other;
        if (name.Equals("http-equiv", StringComparison.OrdinalIgnoreCase)) return Kind.HttpEquiv;
        return name.Equals("content", StringComparison.OrdinalIgnoreCase) ? Kind.Content : Kind.Other;
    }

    /// <summary>Interned names for the tags the scanner treats specially; others need no exact name.</summary>
    private static string TagName(ReadOnlySpan<char> name) =>
        name.Equals("a", StringComparison.OrdinalIgnoreCase) ? "a"
        : name.Equals("meta", StringComparison.OrdinalIgnoreCase) ? "meta"
        : name.Equals("script", StringComparison.OrdinalIgnoreCase) ? "script"
        : name.Equals("style", StringComparison.OrdinalIgnoreCase) ? "style"
        : "";

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or ':' or '_';

    private static int SkipPast(ReadOnlySpan<char> html, int from, string end)
    {
        if (from >= html.Length) return html.Length;
        var i = html[from..].IndexOf(end, StringComparison.OrdinalIgnoreCase);
        return i < 0 ? html.Length : from + i + end.Length;
    }
}
