using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>
/// Removes what Word leaves in text: zero-width and soft-hyphen characters, non-breaking and
/// full-width spaces used for indentation, and manual line breaks inside a sentence (joined with
/// no space between Chinese characters, one space between Latin words).
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
                default: sb.Append(c); break;
            }
        }
        var lines = sb.ToString().Split('\n').Select(l => l.Trim(' ', '\u3000')).Where(l => l.Length > 0).ToList();
        var joined = new StringBuilder();
        foreach (var line in lines)
        {
            if (joined.Length > 0 && IsLatin(joined[^1]) && IsLatin(line[0])) joined.Append(' ');
            joined.Append(line);
        }
        return Spaces().Replace(joined.ToString(), " ");
    }

    private static bool IsLatin(char c) => c < 0x2E80 && !char.IsWhiteSpace(c) && !char.IsPunctuation(c);

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();
}
