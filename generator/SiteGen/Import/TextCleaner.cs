using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>
/// Removes what Word leaves in text: zero-width and soft-hyphen characters, non-breaking and
/// full-width spaces used for indentation, manual line breaks inside a sentence (joined with
/// no space between Chinese characters, one space between Latin words), bookmark markers that
/// text exports print (`[bookmark: _GoBack]`) and field-code remnants (`HYPERLINK "…"`,
/// `\* MERGEFORMAT`). A single space that a PDF or Word export puts inside Chinese text
/// (`2016 年`) is removed; <see cref="Compact"/> removes every such space, for titles and
/// 版头 lines that are letter-spaced on purpose (`通　　知`).
/// </summary>
internal static partial class TextCleaner
{
    public static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD': break;
                case '\u00A0' or '\u2002' or '\u2003' or '\u2009': sb.Append(' '); break;
                case '\r': sb.Append('\n'); break;
                // A tab separates two things (`示例区人民政府办公室<tab>2019年3月5日印发`): a wide gap, kept as one space.
                case '\t': sb.Append("  "); break;
                default: sb.Append(c); break;
            }
        }
        var artefactsRemoved = FieldCode().Replace(Bookmark().Replace(sb.ToString(), ""), " ");
        var lines = artefactsRemoved.Split('\n').Select(l => l.Trim(' ', '\u3000')).Where(l => l.Length > 0).ToList();
        var joined = new StringBuilder();
        foreach (var line in lines)
        {
            if (joined.Length > 0 && IsLatin(joined[^1]) && IsLatin(line[0])) joined.Append(' ');
            joined.Append(line);
        }
        // One space inside Chinese text is an export artefact; a wider gap (`联系人：张三    电话：…`)
        // separates two things and stays as one space.
        return Spaces().Replace(RemoveSpaces(joined.ToString(), maxRun: 1), " ");
    }

    /// <summary>Removes every space next to Chinese text (a letter-spaced title `通 知`, `关于 印发`), keeping one before or after a Latin word.</summary>
    public static string Compact(string text) => Spaces().Replace(RemoveSpaces(text, maxRun: int.MaxValue), " ").Trim();

    /// <summary>
    /// Drops runs of spaces (ASCII, ideographic) of at most <paramref name="maxRun"/> characters between
    /// two characters of which one is Chinese and the other Chinese or a digit. Between a Latin
    /// word and Chinese, or two Latin words (`Windows 10`), the space stays.
    /// </summary>
    private static string RemoveSpaces(string text, int maxRun)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] is not (' ' or '\u3000' or '\t'))
            {
                sb.Append(text[i++]);
                continue;
            }
            var end = i;
            while (end < text.Length && text[end] is ' ' or '\u3000' or '\t') end++;
            var before = i > 0 ? text[i - 1] : ' ';
            var after = end < text.Length ? text[end] : ' ';
            var drop = end - i <= maxRun && ((IsChinese(before) && (IsChinese(after) || (char.IsAsciiDigit(after) && !NumberInLatin(text, end))))
                || (char.IsAsciiDigit(before) && IsChinese(after) && !NumberInLatin(text, i - 1)));
            if (!drop) sb.Append(text, i, end - i);
            i = end;
        }
        return sb.ToString();
    }

    /// <summary>Whether the number around <paramref name="at"/> belongs to Latin text (`Windows 10`, `10 GB`, `5G`): a Latin word touching it or one space away.</summary>
    private static bool NumberInLatin(string text, int at)
    {
        var start = at;
        while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] == '.')) start--;
        var end = at;
        while (end < text.Length - 1 && (char.IsAsciiDigit(text[end + 1]) || text[end + 1] == '.')) end++;
        return (start >= 1 && char.IsAsciiLetter(text[start - 1])) || (end + 1 < text.Length && char.IsAsciiLetter(text[end + 1]))
            || (start >= 2 && text[start - 1] == ' ' && char.IsAsciiLetter(text[start - 2]))
            || (end + 2 < text.Length && text[end + 1] == ' ' && char.IsAsciiLetter(text[end + 2]));
    }

    /// <summary>A Chinese character or full-width punctuation (《》〔〕，。“” …).</summary>
    public static bool IsChinese(char c) =>
        c is >= '\u3001' and <= '\u303F' or >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF'
            or >= '\uFF01' and <= '\uFF60' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2014' or '\u2026';

    private static bool IsLatin(char c) => c < 0x2E80 && !char.IsWhiteSpace(c) && !char.IsPunctuation(c);

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();

    // What text exports (and converters from .docx) print for a Word bookmark.
    [GeneratedRegex(@"\[bookmark:\s*[^\]]*\]", RegexOptions.IgnoreCase)]
    private static partial Regex Bookmark();

    // Field codes that leak into text when a field is not updated or is exported as code:
    // `HYPERLINK "url" \o "tip"`, `PAGEREF _Toc123 \h`, switches like `\* MERGEFORMAT`, and their braces.
    [GeneratedRegex(@"\{?\s*(?:HYPERLINK\s+(?:\\l\s+)?""[^""]*""(?:\s+\\[a-z](?:\s+""[^""]*"")?)*|PAGEREF\s+_\w+(?:\s+\\[a-z])*|\\\*\s*MERGEFORMAT)\s*\}?")]
    private static partial Regex FieldCode();
}
