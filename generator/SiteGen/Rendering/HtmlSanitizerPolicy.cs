using Ganss.Xss;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>
/// The policy for raw HTML in Markdown: what editors legitimately paste from Word or other sites
/// (tables with colspan/rowspan, headings, lists, line breaks, images and links to the site's own
/// files or http(s)) stays; scripts, event attributes, script URLs, frames, objects, forms, styles,
/// base and meta go, each removal reported so the editor knows the page differs from the source.
/// </summary>
internal static class HtmlSanitizerPolicy
{
    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        foreach (var tag in new[]
                 {
                     "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead",
                     "tbody", "tfoot", "tr", "th", "td", "colgroup", "col", "strong", "b", "em", "i", "u", "s", "sub", "sup", "span",
                     "div", "blockquote", "pre", "code", "a", "img", "figure", "figcaption", "abbr", "small", "mark", "del", "ins",
                 })
            sanitizer.AllowedTags.Add(tag);
        sanitizer.AllowedAttributes.Clear();
        foreach (var attribute in new[] { "href", "src", "alt", "title", "colspan", "rowspan", "scope", "headers", "id", "lang", "start", "width", "height" })
            sanitizer.AllowedAttributes.Add(attribute);
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();
        sanitizer.AllowDataAttributes = false;
        sanitizer.KeepChildNodes = true;
        return sanitizer;
    }

    public static string Sanitize(string html, SourcePosition at, DiagnosticBag diagnostics)
    {
        var sanitizer = Create();
        var removed = new SortedSet<string>(StringComparer.Ordinal);
        sanitizer.RemovingTag += (_, e) => removed.Add($"<{e.Tag.NodeName.ToLowerInvariant()}> 元素");
        sanitizer.RemovingAttribute += (_, e) => removed.Add($"{e.Tag.NodeName.ToLowerInvariant()} 的 {e.Attribute.Name} 属性");
        sanitizer.RemovingStyle += (_, e) => removed.Add($"样式 {e.Style.Name}");
        sanitizer.RemovingComment += (_, _) => { };
        var clean = sanitizer.Sanitize(html);
        foreach (var what in removed)
            diagnostics.Warning(at, "html-removed", $"正文中的 HTML 已被清理：移除了 {what}。", "网页只保留表格、标题、列表、换行、图片和链接等安全的 HTML。");
        return clean;
    }
}
