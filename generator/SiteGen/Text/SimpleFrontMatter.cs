using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Text;

/// <summary>
/// YAML events for the front matter nearly every file has — one `key: value` per line, keys at the
/// start of the line, plain single-line values — made without YamlDotNet's character-by-character
/// scanner (most of the time a big build spent reading content). The events are the ones
/// YamlDotNet's own parser gives for the same text, marks included (a test holds this over
/// generated and hand-written front matter), so the node tree, every diagnostic's position and
/// every error are unchanged. Anything else — quotes, lists, nesting, comments, blank lines,
/// characters YAML treats specially — returns null, and the caller uses YamlDotNet's parser.
/// </summary>
internal sealed class SimpleFrontMatter : IParser
{
    private readonly List<ParsingEvent> _events;
    private int _next;

    private SimpleFrontMatter(List<ParsingEvent> events) => _events = events;

    public ParsingEvent? Current => _next > 0 && _next <= _events.Count ? _events[_next - 1] : null;

    public bool MoveNext()
    {
        if (_next >= _events.Count) return false;
        _next++;
        return true;
    }

    /// <summary>The events of <paramref name="yaml"/>, or null when it is not of the simple form.</summary>
    public static SimpleFrontMatter? TryParse(string yaml)
    {
        if (yaml.Length == 0) return null;
        var events = new List<ParsingEvent>(4 + 2 * 16);
        var origin = new Mark(0, 1, 1);
        events.Add(new StreamStart(origin, origin));
        events.Add(new DocumentStart(null, null, true, origin, origin));
        events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, origin, origin));
        var line = 1;
        var start = 0;
        while (start < yaml.Length)
        {
            var end = yaml.IndexOf('\n', start);
            if (end < 0) end = yaml.Length;
            // key: [A-Za-z_][A-Za-z0-9_]*, then ':' and at least one space.
            var p = start;
            if (p == end || !(char.IsAsciiLetter(yaml[p]) || yaml[p] == '_')) return null;
            while (p < end && (char.IsAsciiLetterOrDigit(yaml[p]) || yaml[p] == '_')) p++;
            var keyEnd = p;
            if (p + 1 >= end || yaml[p] != ':' || yaml[p + 1] != ' ') return null;
            p++;
            while (p < end && yaml[p] == ' ') p++;
            if (p == end || !IsPlainValue(yaml.AsSpan(p, end - p))) return null;
            events.Add(new Scalar(AnchorName.Empty, TagName.Empty, yaml[start..keyEnd], ScalarStyle.Plain, true, false,
                new Mark(start, line, 1), new Mark(keyEnd, line, 1 + keyEnd - start), isKey: true));
            events.Add(new Scalar(AnchorName.Empty, TagName.Empty, yaml[p..end], ScalarStyle.Plain, true, false,
                new Mark(p, line, 1 + p - start), new Mark(end, line, 1 + end - start), isKey: false));
            line++;
            start = end + 1;
        }
        // The end of the text, where YamlDotNet's scanner puts it: column 1 of the line after the
        // last one, whether or not the text ends with a line break.
        var last = new Mark(yaml.Length, line, 1);
        events.Add(new MappingEnd(last, last));
        events.Add(new DocumentEnd(true, last, last));
        events.Add(new StreamEnd(last, last));
        return new SimpleFrontMatter(events);
    }

    /// <summary>
    /// A plain scalar that YAML reads as exactly these characters: no indicator first, no `: ` or
    /// ` #` inside, no trailing space or colon, no tab, no control or special character.
    /// </summary>
    private static bool IsPlainValue(ReadOnlySpan<char> value)
    {
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(value[0]) || value[^1] is ' ' or ':') return false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < ' ' || c is >= '\u007F' and <= '\u009F' or >= '\uD800' and <= '\uDFFF' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF') return false;
            if (c == ':' && i + 1 < value.Length && value[i + 1] == ' ') return false;
            if (c == '#' && value[i - 1] == ' ') return false;
        }
        return true;
    }
}
