using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SiteGen.Text.Escaping;

/// <summary>
/// The one escaper for data a browser reads as JavaScript: the search index's .js files
/// (`SiteGenSearch.register(…)`), the 公报数据库's year files (`GongbaoDB.add(…)`) and the live
/// preview's state. Data files are scripts rather than JSON fetched, because scripts load from
/// file:// (offline copies) where fetch() does not. Editor text (titles, 文号, summaries) may hold
/// anything, so besides JSON's own escaping of quotes, backslashes and controls, `&lt; &gt; &amp; '
/// + `` ` `` become \u003C \u003E \u0026 \u0027 \u002B \u0060 (a title holding `&lt;/script&gt;` or `&lt;!--`
/// cannot end or disturb a script element, should the data ever be inlined in a page) and U+2028,
/// U+2029 become \u2028 \u2029 (line terminators in older JavaScript, so a raw one would end a
/// string literal). Chinese text in the Basic Multilingual Plane stays as it is (half the size of
/// \u escapes, and the index is the largest thing a visitor downloads); characters beyond it are
/// written as \u surrogate pairs.
/// </summary>
internal static class ScriptData
{
    /// <summary>.NET's JavaScript encoder allowing all of Unicode: it still escapes the HTML-sensitive characters above and U+2028/2029.</summary>
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    private static readonly JsonSerializerOptions SerializerOptions = new() { Encoder = Encoder };

    /// <summary>The value as JSON escaped for script.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, SerializerOptions);

    /// <summary>A JSON writer escaping for script, for data written straight into a buffer (the search index).</summary>
    public static Utf8JsonWriter Writer(IBufferWriter<byte> output) => new(output, new JsonWriterOptions { Encoder = Encoder });
}
