using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace SiteGen.Rendering;

/// <summary>One construct the sanitizer took out: where it started in the HTML given to it (a character offset) and what it was.</summary>
internal sealed record HtmlRemoval(int Offset, string What);

/// <summary>Sanitized HTML and what was removed from it, in document order.</summary>
internal sealed record SanitizedHtml(string Html, IReadOnlyList<HtmlRemoval> Removals)
{
    /// <summary>href/src values the policy kept, with the offset of their element in the input: the body's file references.</summary>
    public IReadOnlyList<HtmlUrl> Urls { get; init; } = [];
}

/// <summary>A URL kept in raw HTML, at the offset of its element in the sanitizer's input.</summary>
internal sealed record HtmlUrl(int Offset, string Url);

/// <summary>
/// The policy for raw HTML in Markdown: what editors legitimately paste from Word or other sites
/// (tables with colspan/rowspan, headings, lists, line breaks, images and links to the site's own
/// files or http(s)) stays; scripts, event attributes, script URLs, frames, objects, forms, styles,
/// base, meta and inline SVG/MathML go. The caller maps each removal's offset back to the Markdown
/// source (see <see cref="BodyHtml"/>) so the editor is told exactly which line differs from the page.
/// </summary>
internal static class HtmlSanitizerPolicy
{
    public static readonly IReadOnlySet<string> AllowedTags = new HashSet<string>(StringComparer.Ordinal)
    {
        "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "caption", "thead",
        "tbody", "tfoot", "tr", "th", "td", "colgroup", "col", "strong", "b", "em", "i", "u", "s", "sub", "sup", "span",
        "div", "blockquote", "pre", "code", "a", "img", "figure", "figcaption", "abbr", "small", "mark", "del", "ins",
        // 音视频解读 and meeting recordings with captions; their src must be the site's own file (see MediaTags).
        "video", "audio", "source", "track",
    };

    /// <summary>Media elements whose src may only be a file of the site: a third-party host would track readers and break the CSP (media-src 'self').</summary>
    public static readonly IReadOnlySet<string> MediaTags = new HashSet<string>(StringComparer.Ordinal) { "video", "audio", "source", "track" };

    /// <summary>
    /// `class` only for the footnote markup Markdig writes itself; editors' classes could borrow the
    /// theme's look (a fake 废止 notice). No `style`: the CSP (style-src 'self') ignores it anyway.
    /// </summary>
    public static readonly IReadOnlySet<string> AllowedAttributes = new HashSet<string>(StringComparer.Ordinal)
    {
        "href", "src", "alt", "title", "colspan", "rowspan", "scope", "headers", "id", "lang", "start", "width", "height", "class",
        "controls", "preload", "kind", "srclang", "label", "default", "type",
    };

    private static readonly string[] AllowedClasses = ["footnotes", "footnote-ref", "footnote-back-ref"];

    /// <summary>
    /// Elements whose content is code or a separate document, not text for the reader: removed with
    /// everything inside (the sanitizer otherwise keeps the children of removed elements, which would
    /// show a script's source as text).
    /// </summary>
    private static readonly HashSet<string> DropWithContent = new(StringComparer.Ordinal)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "noembed", "noframes",
        "template", "textarea", "select", "title", "xmp", "svg", "math", "head",
    };

    /// <summary>
    /// What one call to <see cref="Clean"/> collects. The sanitizer and its parser are made once per
    /// thread (each costs far more than sanitizing a body) and their event handlers write into the
    /// state of the call under way.
    /// </summary>
    private sealed class Call
    {
        public string Html = "";
        public List<int> Lines = [];
        public List<HtmlRemoval> Removals = [];
        public List<HtmlUrl> Urls = [];
    }

    [ThreadStatic] private static (HtmlSanitizer Sanitizer, Call Call)? _perThread;

    private static (HtmlSanitizer, Call) Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Clear();
        sanitizer.AllowedTags.UnionWith(AllowedTags);
        sanitizer.AllowedAttributes.Clear();
        sanitizer.AllowedAttributes.UnionWith(AllowedAttributes);
        sanitizer.AllowedClasses.Clear();
        sanitizer.AllowedClasses.UnionWith(AllowedClasses);
        sanitizer.UriAttributes.Clear();
        sanitizer.UriAttributes.UnionWith(["href", "src"]);
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.UnionWith(["http", "https", "mailto", "tel"]);
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();
        sanitizer.AllowDataAttributes = false;
        sanitizer.KeepChildNodes = true;
        // Source references give each removed element its offset in the input, for the warning's line and column.
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        sanitizer.HtmlParserFactory = () => parser;
        var call = new Call();
        sanitizer.RemovingTag += (_, e) =>
        {
            if (!IsAttached(e.Tag)) return;
            var name = e.Tag.LocalName;
            call.Removals.Add(new HtmlRemoval(OffsetOf(call.Html, call.Lines, e.Tag), $"<{name}> 元素"));
            if (!DropWithContent.Contains(name)) return;
            e.Cancel = true;
            e.Tag.Remove();
        };
        sanitizer.RemovingAttribute += (_, e) =>
        {
            if (!IsAttached(e.Tag)) return;
            var name = e.Attribute.Name;
            var what = e.Reason == RemoveReason.NotAllowedUrlValue
                ? $"{e.Tag.LocalName} 的 {name} 属性中不安全的地址“{Shorten(e.Attribute.Value)}”"
                : $"{e.Tag.LocalName} 的 {name} 属性";
            call.Removals.Add(new HtmlRemoval(AttributeOffset(call.Html, OffsetOf(call.Html, call.Lines, e.Tag), name), what));
        };
        sanitizer.RemovingCssClass += (_, e) =>
        {
            if (IsAttached(e.Tag)) call.Removals.Add(new HtmlRemoval(AttributeOffset(call.Html, OffsetOf(call.Html, call.Lines, e.Tag), "class"), $"{e.Tag.LocalName} 的 class“{e.CssClass}”"));
        };
        sanitizer.RemovingComment += (_, _) => { };
        // Browsers drop tabs and newlines anywhere in a URL (`java&#9;script:`); the sanitizer's own
        // scheme check might read that as a relative path. UrlSafety normalises like a browser.
        sanitizer.FilterUrl += (_, e) =>
        {
            if (UrlSafety.IsDangerous(e.OriginalUrl)) e.SanitizedUrl = null;
            else if (MediaTags.Contains(e.Tag.LocalName) && !IsSiteFile(e.OriginalUrl)) e.SanitizedUrl = null;
            else if (e.SanitizedUrl is { } kept && IsAttached(e.Tag)) call.Urls.Add(new HtmlUrl(OffsetOf(call.Html, call.Lines, e.Tag), kept));
        };
        return (sanitizer, call);
    }

    /// <summary>
    /// Starts the sanitizer's one-time set-up (its static configuration builds AngleSharp's whole CSS
    /// model: about a quarter of a second) on a pool thread, so it overlaps the build's single-threaded
    /// stages instead of holding up the first rendering threads that meet raw HTML.
    /// </summary>
    public static void WarmUpInBackground() => ThreadPool.UnsafeQueueUserWorkItem(_ => Clean("<p>预热</p>"), null);

    /// <summary>Sanitizes <paramref name="html"/> (a body fragment) and lists each removal with its offset in <paramref name="html"/>.</summary>
    public static SanitizedHtml Clean(string html)
    {
        var (sanitizer, call) = _perThread ??= Create();
        call.Html = html;
        call.Lines = LineStarts(html);
        call.Removals = [];
        call.Urls = [];
        var (removals, urls) = (call.Removals, call.Urls);
        // The sanitizer parses the fragment inside a one-line document wrapper; a leading newline
        // puts the fragment's first line on line 2, so every position maps back to the input.
        var clean = sanitizer.Sanitize("\n" + html);
        if (clean.StartsWith('\n')) clean = clean[1..];
        return new SanitizedHtml(clean, removals.OrderBy(r => r.Offset).ThenBy(r => r.What, StringComparer.Ordinal).ToList()) { Urls = urls };
    }

    /// <summary>A relative path (a file beside the document or elsewhere on the site): no scheme, no host.</summary>
    private static bool IsSiteFile(string url)
    {
        var u = url.Trim();
        return u.Length > 0 && !u.StartsWith("//", StringComparison.Ordinal) && !u.StartsWith('\\') && !u.Contains(':');
    }

    /// <summary>Elements inside something already dropped with its content are gone with it: not a separate removal.</summary>
    private static bool IsAttached(IElement element)
    {
        INode node = element;
        while (node.Parent is { } parent) node = parent;
        return node is IDocument;
    }

    private static List<int> LineStarts(string html)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < html.Length; i++)
            if (html[i] == '\n') starts.Add(i + 1);
        return starts;
    }

    /// <summary>
    /// The element's start offset in the input. The parser keeps no source reference for SVG and
    /// MathML elements; then the tag is searched back from its first child that has one, or
    /// forward from its nearest ancestor that has one.
    /// </summary>
    private static int OffsetOf(string html, List<int> lines, IElement element)
    {
        if (Known(element) is { } own) return own;
        var open = "<" + element.LocalName;
        if (element.Descendants<IElement>().Select(Known).FirstOrDefault(o => o is not null) is { } inside)
            return html.LastIndexOf(open, inside, StringComparison.OrdinalIgnoreCase) is var back and >= 0 ? back : inside;
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
            if (Known(parent) is { } outside)
                return html.IndexOf(open, outside, StringComparison.OrdinalIgnoreCase) is var ahead and >= 0 ? ahead : outside;
        return Math.Max(0, html.IndexOf(open, StringComparison.OrdinalIgnoreCase));

        int? Known(IElement e)
        {
            if (e.SourceReference?.Position is not { } p || p.Line < 2 || p.Line - 2 >= lines.Count) return null;
            return Math.Min(html.Length, lines[p.Line - 2] + p.Column - 1);
        }
    }

    /// <summary>The offset of the attribute's name inside the start tag at <paramref name="start"/>, else the tag's.</summary>
    private static int AttributeOffset(string html, int start, string name)
    {
        var end = html.IndexOf('>', start);
        var limit = end < 0 ? html.Length : end;
        for (var at = html.IndexOf(name, start, limit - start, StringComparison.OrdinalIgnoreCase); at >= 0;
             at = html.IndexOf(name, at + 1, limit - at - 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = html[at - 1];
            var after = at + name.Length < html.Length ? html[at + name.Length] : '>';
            if ((char.IsWhiteSpace(before) || before is '"' or '\'' or '/') && (after is '=' or '>' or '/' || char.IsWhiteSpace(after))) return at;
        }
        return start;
    }

    /// <summary>A URL as it can be shown in a message: at most 40 characters, invisible characters as \uXXXX.</summary>
    internal static string Shorten(string s, int max = 40)
    {
        var cut = s.Length > max ? s[..max] + "…" : s;
        return string.Concat(cut.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? $"\\u{(int)c:X4}" : c.ToString()));
    }
}
