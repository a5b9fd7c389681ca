using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Rendering;

/// <summary>The text of a Markdown body without markup: for summaries, meta descriptions and the search index.</summary>
internal static class PlainText
{
    public static string FromMarkdown(MarkdownDocument document)
    {
        var sb = new StringBuilder();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is not null)
            {
                foreach (var inline in block.Inline.Descendants<LiteralInline>())
                    sb.Append(inline.Content.AsSpan());
            }
            else if (block is CodeBlock code)
            {
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count)) sb.Append(line.Slice.AsSpan());
            }
            sb.Append('\n');
        }
        return sb.ToString().Trim();
    }

    /// <summary>First sentences up to <paramref name="max"/> characters, cut at a sentence end where possible.</summary>
    public static string Summary(string text, int max = 120)
    {
        var flat = string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (flat.Length <= max) return flat;
        var cut = flat.LastIndexOfAny(['。', '；', '！', '？'], max - 1);
        return cut > max / 2 ? flat[..(cut + 1)] : flat[..max] + "…";
    }
}
