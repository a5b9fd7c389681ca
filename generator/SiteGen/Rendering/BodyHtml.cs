using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>
/// Renders parsed Markdown (a document body or a column intro) to HTML. Script URLs in links,
/// images, autolinks and reference links are neutralised first; Markdig escapes everything else it
/// writes. When the body has raw HTML, the whole result then goes through
/// <see cref="HtmlSanitizerPolicy"/> (the whole result, not the raw pieces alone: an element opened
/// in one HtmlInline and closed in another is only whole in the page). While rendering, the output
/// range of each raw HTML node (HtmlBlock, HtmlInline) is recorded, so every removal is reported as
/// an `html-removed` warning at the line and column of the removed construct in the source file.
/// Removals in markup Markdig wrote itself (table alignment styles, which the CSP ignores anyway)
/// are not the editor's doing and are not reported. Bodies without raw HTML (most of them) skip
/// the sanitizer, which would roughly double the rendering time of a large site.
/// </summary>
internal static class BodyHtml
{
    public static string Render(MarkdownDocument parsed, MarkdownPipeline pipeline, int bodyLine, string sourcePath, DiagnosticBag diagnostics) =>
        Render(parsed, pipeline, bodyLine, sourcePath, diagnostics, out _);

    /// <summary>As <see cref="Render(MarkdownDocument, MarkdownPipeline, int, string, DiagnosticBag)"/>, also giving the URLs raw HTML kept, with their source positions.</summary>
    public static string Render(MarkdownDocument parsed, MarkdownPipeline pipeline, int bodyLine, string sourcePath, DiagnosticBag diagnostics, out IReadOnlyList<(string Url, SourcePosition At)> rawUrls)
    {
        rawUrls = [];
        NeutralizeUrls(parsed, bodyLine, sourcePath, diagnostics);
        var (renderer, writer, spans) = RendererFor(pipeline);
        writer.GetStringBuilder().Clear();
        spans.Clear();
        try
        {
            renderer.Render(parsed);
        }
        catch
        {
            // A renderer that threw keeps its nesting count: never reuse it.
            _cached = null;
            throw;
        }
        renderer.Writer.Flush();
        var html = writer.ToString();
        if (spans.Count == 0) return html;
        var sanitized = HtmlSanitizerPolicy.Clean(html);
        rawUrls = sanitized.Urls
            .Select(u => (u.Url, At: Locate(spans, html, u.Offset, bodyLine)))
            .Where(u => u.At is not null)
            .Select(u => (u.Url, new SourcePosition(sourcePath, u.At!.Value.Line, u.At.Value.Column)))
            .ToList();
        var reported = new HashSet<(int, int, string)>();
        foreach (var removal in sanitized.Removals)
        {
            if (Locate(spans, html, removal.Offset, bodyLine) is not { } at) continue;
            if (!reported.Add((at.Line, at.Column, removal.What))) continue;
            diagnostics.Warning(new SourcePosition(sourcePath, at.Line, at.Column), DiagnosticCodes.HtmlRemoved, $"正文中的 HTML 已被清理：移除了 {removal.What}。",
                "网页只保留表格、标题、列表、换行、图片和链接等安全的 HTML；脚本、事件属性、框架、表单和样式不会发布。");
        }
        return sanitized.Html;
    }

    // An HtmlRenderer registers dozens of node renderers when created; reuse one per thread (and
    // pipeline: bodies and column intros use different ones).
    [ThreadStatic] private static (MarkdownPipeline Pipeline, HtmlRenderer Renderer, StringWriter Writer, List<RawSpan> Spans)? _cached;

    private static (HtmlRenderer, StringWriter, List<RawSpan>) RendererFor(MarkdownPipeline pipeline)
    {
        if (_cached is { } c && ReferenceEquals(c.Pipeline, pipeline)) return (c.Renderer, c.Writer, c.Spans);
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        var spans = new List<RawSpan>();
        renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new TrackingBlockRenderer(spans));
        renderer.ObjectRenderers.Replace<HtmlInlineRenderer>(new TrackingInlineRenderer(spans));
        _cached = (pipeline, renderer, writer, spans);
        return (renderer, writer, spans);
    }

    /// <summary>
    /// Links and images whose URL would run script become "#", with an `unsafe-url` warning at the
    /// link. Catches what a caller's own link checks did not see: autolinks (`<javascript:alert(1)>`
    /// is valid CommonMark), reference links, links in column intros.
    /// </summary>
    private static void NeutralizeUrls(MarkdownDocument parsed, int bodyLine, string sourcePath, DiagnosticBag diagnostics)
    {
        foreach (var node in parsed.Descendants())
        {
            switch (node)
            {
                case LinkInline link when link.Url is { } url && UrlSafety.IsDangerous(url):
                    WarnUnsafeUrl(diagnostics, new SourcePosition(sourcePath, link.Line + bodyLine, link.Column + 1), url);
                    link.Url = "#";
                    break;
                case AutolinkInline autolink when UrlSafety.IsDangerous(autolink.Url):
                    WarnUnsafeUrl(diagnostics, new SourcePosition(sourcePath, autolink.Line + bodyLine, autolink.Column + 1), autolink.Url);
                    autolink.Url = "#";
                    break;
            }
        }
    }

    public static void WarnUnsafeUrl(DiagnosticBag diagnostics, SourcePosition at, string url) =>
        diagnostics.Warning(at, DiagnosticCodes.UnsafeUrl, $"已移除不安全的链接地址“{HtmlSanitizerPolicy.Shorten(url, 60)}”（可能在读者浏览器中执行代码）。",
            "链接只能指向本站文件或 http(s) 网址。");

    /// <summary>The source line and column (1-based) of an offset in the rendered HTML, when it lies in raw HTML the editor wrote.</summary>
    private static (int Line, int Column)? Locate(List<RawSpan> spans, string html, int offset, int bodyLine)
    {
        var span = spans.FirstOrDefault(s => offset >= s.Start && offset < s.End);
        if (span is null) return null;
        var text = html.AsSpan(span.Start, offset - span.Start);
        var newlines = text.Count('\n');
        var column = text.Length - (text.LastIndexOf('\n') + 1);
        switch (span.Node)
        {
            case HtmlBlock block:
            {
                // Each source line is written as its slice plus a newline; the slice may start after indentation.
                var line = block.Lines.Lines[Math.Min(newlines, block.Lines.Count - 1)];
                return (line.Line + bodyLine, line.Column + column + 1);
            }
            case HtmlInline inline:
                return (inline.Line + newlines + bodyLine, newlines == 0 ? inline.Column + column + 1 : column + 1);
            default:
                return null;
        }
    }

    private sealed record RawSpan(int Start, int End, MarkdownObject Node);

    private static int Length(HtmlRenderer renderer) => ((StringWriter)renderer.Writer).GetStringBuilder().Length;

    private sealed class TrackingBlockRenderer(List<RawSpan> spans) : HtmlBlockRenderer
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
        {
            renderer.EnsureLine();
            var start = Length(renderer);
            base.Write(renderer, obj);
            spans.Add(new RawSpan(start, Length(renderer), obj));
        }
    }

    private sealed class TrackingInlineRenderer(List<RawSpan> spans) : HtmlInlineRenderer
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline obj)
        {
            var start = Length(renderer);
            base.Write(renderer, obj);
            spans.Add(new RawSpan(start, Length(renderer), obj));
        }
    }
}
