using System.Text;

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

    public static List<string> Split(string text, float ems)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        var used = 0f;
        // A run wider than a line (a long web address) is broken anywhere.
        foreach (var token in Tokens(text).SelectMany(t => t.Length > 1 && PdfPages.Ems(t) > ems ? t.Select(c => c.ToString()) : [t]))
        {
            var width = PdfPages.Ems(token);
            var hangs = token.Length == 1 && Closing.Contains(token[0]);
            if (used + width > ems && line.Length > 0 && !hangs)
            {
                // An opening mark at the end of the line goes down with the text it opens.
                var carry = "";
                while (line.Length > 1 && Opening.Contains(line[^1]))
                {
                    carry = line[^1] + carry;
                    line.Length--;
                }
                lines.Add(line.ToString().TrimEnd());
                line.Clear().Append(carry);
                used = PdfPages.Ems(carry);
                if (token == " ") continue;
            }
            line.Append(token);
            used += width;
        }
        if (line.Length > 0) lines.Add(line.ToString().TrimEnd());
        return lines;
    }

    /// <summary>Runs of ASCII letters and digits (with . , - / inside a number) as one token; every other character alone.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (char.IsAsciiLetterOrDigit(text[i]))
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || (text[i] is '.' or '-' or '/' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))))
                    i++;
            }
            else i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
            yield return text[start..i];
        }
    }
}
