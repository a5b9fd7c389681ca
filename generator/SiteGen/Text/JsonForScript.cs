using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SiteGen.Text;

/// <summary>
/// JSON for places a browser reads as JavaScript or HTML: the search index's .js data files
/// (`window.X = {...};`), a JSON download, or data inside an HTML page. Editor text (titles, 文号,
/// summaries) may contain anything, so besides JSON's own escaping of quotes, backslashes and
/// controls, `&lt;`, `&gt;` and `&amp;` become \u003c \u003e \u0026 (a title holding `&lt;/script&gt;` or
/// `&lt;!--` cannot end or disturb a script element) and U+2028/U+2029 become \u2028 \u2029 (line
/// terminators in older JavaScript, so a raw one breaks a string literal). Chinese text stays
/// readable (not \uXXXX), which keeps index files small. Property names are as given; output is
/// deterministic for deterministic input.
/// </summary>
internal static class JsonForScript
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    /// <summary>The value as JSON that is safe in a .js file, a .json file and inside a &lt;script&gt; element.</summary>
    public static string Serialize<T>(T value) => Harden(JsonSerializer.Serialize(value, Options));

    /// <summary>A JavaScript string literal (double-quoted) holding <paramref name="text"/> exactly.</summary>
    public static string StringLiteral(string text) => Serialize(text);

    /// <summary>`window.NAME = JSON;` plus a newline: the form of a data file loaded by a script tag (which works from file://, unlike fetch).</summary>
    public static string Assignment<T>(string globalName, T value)
    {
        if (globalName.Length == 0 || !globalName.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$') || char.IsAsciiDigit(globalName[0]))
            throw new ArgumentException($"not a plain JavaScript identifier: {globalName}", nameof(globalName));
        return $"window.{globalName} = {Serialize(value)};\n";
    }

    /// <summary>
    /// Escapes the characters above in serialized JSON. They can only occur inside string values
    /// (JSON's structure is ASCII punctuation, digits and literals), so replacing them anywhere keeps
    /// the JSON equal in meaning.
    /// </summary>
    private static string Harden(string json)
    {
        if (json.AsSpan().IndexOfAny("<>&\u2028\u2029") < 0) return json;
        var sb = new StringBuilder(json.Length + 32);
        foreach (var c in json)
        {
            switch (c)
            {
                case '<': sb.Append("\\u003c"); break;
                case '>': sb.Append("\\u003e"); break;
                case '&': sb.Append("\\u0026"); break;
                case '\u2028': sb.Append("\\u2028"); break;
                case '\u2029': sb.Append("\\u2029"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
