namespace SiteGen.Rendering.Pdf;

/// <summary>
/// Breaks a paragraph into lines of a given width in ems for <see cref="PdfPages"/>. Chinese has
/// no spaces to break at, so any character may end a line, with the rules of 标点符号用法
/// (GB/T 15834) that readers notice: closing punctuation (，。、；：？！）》” …) never starts a line,
/// it hangs past the margin instead; opening punctuation (（《“ …) never ends one, it moves down with
/// what it opens; and a run of Latin letters and digits (a year, 2026年; a number, 5.3) is kept
/// whole where it fits on a line.
/// </summary>
internal static class ChineseLines
{
    private const string Closing = "，。、；：？！）》〉」』】〕〗”’…—·%,.;:?!)]}";
    private const string Opening = "（《〈「『【〔〖“‘([{";

    /// <remarks>
    /// A line is always a range of the text (a carried opening mark is the end of the range before
    /// it), so lines are cut out of it without building each one; a policy PDF is made for thousands
    /// of documents in a build.
    /// </remarks>
    public static List<string> Split(string text, float ems)
    {
        var lines = new List<string>();
        var start = 0;
        var used = 0f;
        var i = 0;
        while (i < text.Length)
        {
            var end = TokenEnd(text, i, ems);
            var width = PdfPages.Ems(text.AsSpan(i, end - i));
            var hangs = end - i == 1 && Closing.Contains(text[i]);
            if (used + width > ems && i > start && !hangs)
            {
                // An opening mark at the end of the line goes down with the text it opens.
                var cut = i;
                while (cut - start > 1 && Opening.Contains(text[cut - 1])) cut--;
                lines.Add(text[start..cut].TrimEnd());
                start = cut;
                used = PdfPages.Ems(text.AsSpan(cut, i - cut));
                if (text[i] == ' ' && cut == i)
                {
                    start = i = end;
                    continue;
                }
            }
            used += width;
            i = end;
        }
        if (start < text.Length) lines.Add(text[start..].TrimEnd());
        return lines;
    }

    /// <summary>
    /// Where the token at <paramref name="i"/> ends: a run of ASCII letters and digits (with . , - /
    /// inside a number) is one token unless it is wider than a line (a long web address), which is
    /// broken anywhere; every other character is a token alone.
    /// </summary>
    private static int TokenEnd(string text, int i, float ems)
    {
        if (char.IsAsciiLetterOrDigit(text[i]))
        {
            var end = i;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || (text[end] is '.' or '-' or '/' && end + 1 < text.Length && char.IsAsciiLetterOrDigit(text[end + 1]))))
                end++;
            return PdfPages.Ems(text.AsSpan(i, end - i)) > ems ? i + 1 : end;
        }
        return char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? i + 2 : i + 1;
    }
}
