using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Tests.Theme;

/// <summary>Parses rendered pages for fragment assertions.</summary>
internal static class Html
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static string Text(this IElement? e) => (e?.TextContent ?? "").Trim();

    public static List<string> Texts(this IDocument d, string selector) => d.QuerySelectorAll(selector).Select(e => e.Text()).ToList();

    /// <summary>Where a link on the page at <paramref name="pagePath"/> leads, as a path from the site root.</summary>
    public static string Target(string pagePath, IElement? link) => Target(pagePath, link?.GetAttribute("href") ?? "");

    public static string Target(string pagePath, string href) =>
        Uri.UnescapeDataString(new Uri(new Uri("http://site/" + pagePath), href).AbsolutePath.TrimStart('/'));

    /// <summary>The meta table as label → value.</summary>
    public static Dictionary<string, string> MetaRows(this IDocument d) =>
        d.QuerySelectorAll(".meta-table tr").ToDictionary(r => r.QuerySelector("th").Text(), r => r.QuerySelector("td").Text());
}
