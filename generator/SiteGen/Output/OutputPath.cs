using System.Globalization;

namespace SiteGen.Output;

/// <summary>
/// What a path inside the output folder may look like. Output names come partly from editors (file
/// names under content/, slugs, aliases), and a name with a control character, a bidi override or
/// a `..` segment is unsafe on a web server, in a zip and on a reader's disk: such a file is never
/// written (the writer reports `unsafe-path` instead).
/// </summary>
internal static class OutputPath
{
    public static bool IsSafe(string path)
    {
        if (path.Length is 0 or > 400 || path.StartsWith('/') || path.EndsWith('/')) return false;
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length is 0 or > 200 || segment is "." or ".." || segment.EndsWith('.') || segment.Trim().Length != segment.Length) return false;
            for (var i = 0; i < segment.Length; i += char.IsSurrogatePair(segment, i) ? 2 : 1)
            {
                if (segment[i] is '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|') return false;
                if (char.IsSurrogate(segment[i]) && !char.IsSurrogatePair(segment, i)) return false;
                // Cc (controls), Cf (bidi overrides, zero-width characters), Zl/Zp (U+2028, U+2029).
                // A surrogate pair (a rare character of a name, 𠮷) is one character and fine.
                if (CharUnicodeInfo.GetUnicodeCategory(segment, i) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                    or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate)
                    return false;
            }
        }
        return true;
    }
}
