using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Text;

namespace SiteGen.Import;

/// <summary>A front-matter entry to write: a text, number or flag, a nested mapping, or a list of mappings.</summary>
internal sealed record Field(string Key, object Value)
{
    public static Field Map(string key, params Field[] children) => new(key, children);
}

/// <summary>
/// Writes front matter the way an editor would type it: one key per line in the content model's
/// order, plain values where YAML reads them back unchanged, double quotes otherwise.
/// </summary>
internal static partial class FrontMatterWriter
{
    public static string Write(IEnumerable<Field> fields, string body)
    {
        var sb = new StringBuilder("---\n");
        foreach (var f in fields) Append(sb, f, "");
        sb.Append("---\n");
        if (body.Length > 0) sb.Append('\n').Append(body.TrimEnd('\n')).Append('\n');
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Field f, string indent)
    {
        switch (f.Value)
        {
            case Field[] children:
                sb.Append(indent).Append(f.Key).Append(":\n");
                foreach (var c in children) Append(sb, c, indent + "  ");
                break;
            case IReadOnlyList<Field[]> items:
                sb.Append(indent).Append(f.Key).Append(":\n");
                foreach (var item in items)
                    for (var i = 0; i < item.Length; i++)
                    {
                        sb.Append(indent).Append(i == 0 ? "  - " : "    ");
                        Append(sb, item[i], "");
                    }
                break;
            case IReadOnlyList<string> list:
                sb.Append(indent).Append(f.Key).Append(": [").Append(string.Join(", ", list.Select(Scalar))).Append("]\n");
                break;
            case bool b:
                sb.Append(indent).Append(f.Key).Append(": ").Append(b ? "true" : "false").Append('\n');
                break;
            case int n:
                sb.Append(indent).Append(f.Key).Append(": ").Append(n.ToString(CultureInfo.InvariantCulture)).Append('\n');
                break;
            case DateOnly d:
                sb.Append(indent).Append(f.Key).Append(": ").Append(Dates.Iso(d)).Append('\n');
                break;
            default:
                sb.Append(indent).Append(f.Key).Append(": ").Append(Scalar(f.Value.ToString() ?? "")).Append('\n');
                break;
        }
    }

    /// <summary>The value as a YAML scalar: plain when safe, else double-quoted with escapes.</summary>
    public static string Scalar(string value)
    {
        if (value.Length > 0 && !NeedsQuotes().IsMatch(value) && !LooksTyped().IsMatch(value)) return value;
        return "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }

    // Indicators and sequences YAML would read as syntax: `: `, ` #`, a leading indicator, edge spaces.
    [GeneratedRegex(@"(: |:$| #|^[-?:,\[\]{}#&*!|>'""%@`\s]|\s$|[\[\]{},]|\t|\n)")]
    private static partial Regex NeedsQuotes();

    // Plain scalars YAML would type as a number, boolean or null.
    [GeneratedRegex(@"^([-+]?[\d._]+([eE][-+]?\d+)?|true|false|yes|no|on|off|null|~)$", RegexOptions.IgnoreCase)]
    private static partial Regex LooksTyped();
}
