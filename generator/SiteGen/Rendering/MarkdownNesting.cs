using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>
/// Parses a body with Markdig and refuses one nested too deeply, with an error at the line where
/// it becomes too deep. Markdig has its own depth limit (about 128 levels of block quotes, list
/// items, brackets or emphasis) and throws when it is passed; the line is found by parsing ever
/// shorter beginnings of the body (a bisection: a handful of parses, only for a refused body).
/// Raw HTML has no such limit in the HTML parser the sanitizer uses, and `&lt;div&gt;` × 200,000 made a
/// build run for minutes: its nesting is counted here, before anything parses it. The count errs
/// high, never low: every start tag that is not void or self-closing and does not end itself
/// (p, li, td… close their predecessor) counts one level, every end tag one level less.
/// </summary>
internal static class MarkdownNesting
{
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        // void elements
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        // elements whose start tag closes an open one of their kind (implied end tags)
        "p", "li", "dt", "dd", "td", "th", "tr", "thead", "tbody", "tfoot", "option", "optgroup", "rb", "rt", "rp", "colgroup",
    };

    /// <summary>The parsed body, or null (with an error) when it is nested too deeply or Markdig cannot parse it.</summary>
    public static MarkdownDocument? Parse(string markdown, MarkdownPipeline pipeline, int bodyLine, string sourcePath, int maxHtmlDepth, DiagnosticBag diagnostics)
    {
        MarkdownDocument parsed;
        try
        {
            parsed = Markdown.Parse(markdown, pipeline);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or InsufficientExecutionStackException)
        {
            var line = bodyLine + FirstFailingLine(markdown, pipeline);
            if (e.Message.Contains("depth limit", StringComparison.Ordinal))
                diagnostics.Error(new SourcePosition(sourcePath, line, 1), DiagnosticCodes.TooDeep, "正文嵌套层次过深（引用 >、列表、方括号或强调符号嵌套了一百多层）（nested too deeply）。",
                    "正常的文件不会嵌套这么多层：请检查这一行是否有大量连续的 >、-、[ 或 * 符号，删去多余的；表格请拆成几个。");
            else
                diagnostics.Error(new SourcePosition(sourcePath, line, 1), DiagnosticCodes.MarkdownError, $"正文无法解析（{e.GetType().Name}）。", "请检查这一行是否有异常的符号组合，或删去后重试。");
            return null;
        }
        if (DeepestNode(parsed) is { } deep)
        {
            diagnostics.Error(new SourcePosition(sourcePath, bodyLine + deep.Line, deep.Column + 1), DiagnosticCodes.TooDeep, $"正文嵌套超过 {MaxTreeDepth} 层（引用 >、列表、方括号或强调符号）（nested too deeply）。",
                "正常的文件不会嵌套这么多层：请检查这一行是否有大量连续的 >、-、[ 或 * 符号，删去多余的。");
            return null;
        }
        // The count runs across a body's raw HTML pieces: an element opened in one is closed in another.
        var depth = 0;
        foreach (var node in parsed.Descendants())
        {
            int? tooDeep = null;
            if (node is HtmlBlock block)
            {
                for (var i = 0; i < block.Lines.Count && tooDeep is null; i++)
                    if (Deeper(block.Lines.Lines[i].Slice.AsSpan(), maxHtmlDepth, ref depth)) tooDeep = block.Lines.Lines[i].Line;
            }
            else if (node is HtmlInline inline && Deeper(inline.Tag.AsSpan(), maxHtmlDepth, ref depth))
                tooDeep = inline.Line;
            if (tooDeep is not { } at) continue;
            diagnostics.Error(new SourcePosition(sourcePath, bodyLine + at, 1), DiagnosticCodes.TooDeep, $"正文中的 HTML 元素嵌套超过 {maxHtmlDepth} 层（HTML nested too deeply）。",
                "请删去多余的 <div> 等标签，或确认每个开始标签都有对应的结束标签；确有需要时在 site.yml 的 limits: 下调大 max_html_depth。");
            return null;
        }
        return parsed;
    }

    /// <summary>
    /// Markdig's renderer has a depth limit of its own, below what its parser lets through
    /// (`[` × 300 parses, then throws while rendering, and leaves the renderer unusable): the
    /// parsed tree is refused past this depth, which every renderer handles.
    /// </summary>
    public const int MaxTreeDepth = 100;

    /// <summary>The first node deeper than <see cref="MaxTreeDepth"/>, walked without recursion.</summary>
    private static MarkdownObject? DeepestNode(MarkdownDocument parsed)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((parsed, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > MaxTreeDepth) return node;
            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--) pending.Push((container[i], depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline containerInline:
                    for (var child = containerInline.LastChild; child is not null; child = child.PreviousSibling) pending.Push((child, depth + 1));
                    break;
            }
        }
        return null;
    }

    /// <summary>Counts the tags of <paramref name="html"/> into <paramref name="depth"/>; true once it passes <paramref name="max"/>.</summary>
    private static bool Deeper(ReadOnlySpan<char> html, int max, ref int depth)
    {
        for (var i = html.IndexOf('<'); i >= 0 && i + 1 < html.Length; )
        {
            var closing = html[i + 1] == '/';
            var nameStart = i + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
            if (nameEnd > nameStart && char.IsAsciiLetter(html[nameStart]))
            {
                var name = html[nameStart..nameEnd];
                var end = html[nameEnd..].IndexOf('>');
                var selfClosing = end > 0 && html[nameEnd + end - 1] == '/';
                if (closing) depth = Math.Max(0, depth - 1);
                else if (!selfClosing && !Flat.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name) && ++depth > max) return true;
            }
            var next = html[(i + 1)..].IndexOf('<');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    /// <summary>The 0-based line of <paramref name="markdown"/> whose addition makes Markdig fail: the shortest failing beginning ends there.</summary>
    private static int FirstFailingLine(string markdown, MarkdownPipeline pipeline)
    {
        var lineEnds = new List<int>();
        for (var i = markdown.IndexOf('\n'); i >= 0; i = markdown.IndexOf('\n', i + 1)) lineEnds.Add(i + 1);
        lineEnds.Add(markdown.Length);
        int lo = 0, hi = lineEnds.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Fails(markdown[..lineEnds[mid]], pipeline)) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private static bool Fails(string markdown, MarkdownPipeline pipeline)
    {
        try
        {
            Markdown.Parse(markdown, pipeline);
            return false;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or InsufficientExecutionStackException)
        {
            return true;
        }
    }
}
