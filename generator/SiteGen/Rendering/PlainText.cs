using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Rendering;

/// <summary>The text of a Markdown body without markup: for summaries, meta descriptions and the search index.</summary>
internal static class PlainText
{
    public static string FromMarkdown(MarkdownDocument document)
    {
        // One builder per thread, cleared for each body: a new one grew by a block at a time to
        // the body's length (100 MB of chunks for 20,000 documents).
        var sb = _builder ??= new StringBuilder(4096);
        sb.Clear();
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
        // Trimmed in the builder: a trimmed copy of the whole text would be one more body-sized
        // string per document.
        var end = sb.Length;
        while (end > 0 && char.IsWhiteSpace(sb[end - 1])) end--;
        var start = 0;
        while (start < end && char.IsWhiteSpace(sb[start])) start++;
        return sb.ToString(start, end - start);
    }

    [ThreadStatic] private static StringBuilder? _builder;

    /// <summary>First sentences up to <paramref name="max"/> characters, cut at a sentence end where possible.</summary>
    public static string Summary(string text, int max = 120)
    {
        var flat = Flat(text, max + 1);
        if (flat.Length <= max) return flat;
        var cut = flat.LastIndexOfAny(['。', '；', '！', '？'], max - 1);
        return cut > max / 2 ? flat[..(cut + 1)] : flat[..max] + "…";
    }

    /// <summary>
    /// The start of <paramref name="text"/> on one line (its lines trimmed, empty ones left out,
    /// the rest joined by one space), at most <paramref name="length"/> characters: read only as
    /// far as that, since a summary or a search snippet needs the first hundred characters of a
    /// body of thousands.
    /// </summary>
    public static string Flat(string text, int length)
    {
        var flat = new StringBuilder(Math.Min(length, text.Length));
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim();
            if (line.IsEmpty) continue;
            if (flat.Length > 0) flat.Append(' ');
            flat.Append(line[..Math.Min(line.Length, length - flat.Length)]);
            if (flat.Length >= length) break;
        }
        return flat.ToString();
    }
}
