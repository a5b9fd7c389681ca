using System.Text;

namespace SiteGen.Text.Escaping;

/// <summary>
/// The one escaper for text written into markup: HTML element content, quoted HTML attribute
/// values (double or single quotes), and XML text and attributes (Atom feeds, sitemaps, the core
/// properties of .docx forms). One escaper for all of them on purpose: a Scriban template writes
/// pages and feed.xml through the same context (<see cref="Rendering.HtmlTemplateContext"/>),
/// which cannot tell whether a value lands in text or in an attribute, so the escaping must be
/// valid in every one of these places. `&amp; &lt; &gt; &quot; &#39;` are the five that are.
/// Characters XML 1.0 forbids (C0 controls other than tab and line ends, U+FFFE/U+FFFF, unpaired
/// surrogates) are dropped: a YAML "\u0001" in a title would otherwise make every feed holding
/// it unreadable, and HTML shows nothing for them either.
/// </summary>
internal static class MarkupText
{
    public static string Escape(string text)
    {
        var i = IndexOfSpecial(text);
        if (i < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        sb.Append(text, 0, i);
        AppendFrom(sb, text, i);
        return sb.ToString();
    }

    /// <summary>Appends <paramref name="text"/> escaped, without a string in between (markup built in C#: breadcrumbs, meta tags).</summary>
    public static StringBuilder AppendMarkupText(this StringBuilder output, string text)
    {
        var i = IndexOfSpecial(text);
        if (i < 0) return output.Append(text);
        output.Append(text, 0, i);
        AppendFrom(output, text, i);
        return output;
    }

    private static void AppendFrom(StringBuilder sb, string text, int i)
    {
        for (; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case < ' ' and not ('\t' or '\n' or '\r'):
                case '\uFFFE' or '\uFFFF':
                    break;
                case >= '\uD800' and <= '\uDBFF' when i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]):
                    sb.Append(c).Append(text[++i]);
                    break;
                case >= '\uD800' and <= '\uDFFF':
                    break;
                default: sb.Append(c); break;
            }
        }
    }

    private static int IndexOfSpecial(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '&' or '<' or '>' or '"' or '\'' or (< ' ' and not ('\t' or '\n' or '\r')) or '\uFFFE' or '\uFFFF' or (>= '\uD800' and <= '\uDFFF'))
                return i;
        }
        return -1;
    }
}
