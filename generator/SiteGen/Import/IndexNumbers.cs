using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Configuration;

namespace SiteGen.Import;

/// <summary>
/// 索引号 following site.yml `index_no_format` (default `{credit_code}/{year}-{seq:5}`): the next free
/// one for a year is one more than the highest sequence number already used under content/ with
/// the same 机构代码 and year. Placeholders: {credit_code}, {year}, {seq} or {seq:WIDTH}.
/// </summary>
internal static partial class IndexNumbers
{
    public static string? Next(SiteConfig site, string contentDir, int year)
    {
        if (site.CreditCode.Length == 0 && site.IndexNoFormat.Contains("{credit_code}", StringComparison.Ordinal)) return null;
        var pattern = Pattern(site, year, out var width);
        var highest = 0;
        if (Directory.Exists(contentDir))
            foreach (var file in Directory.EnumerateFiles(contentDir, "*.md", SearchOption.AllDirectories))
                foreach (var line in FrontMatterLines(file))
                {
                    var m = IndexLine().Match(line);
                    if (!m.Success) continue;
                    var v = pattern.Match(m.Groups[1].Value.Trim().Trim('"', '\''));
                    if (v.Success && int.TryParse(v.Groups["seq"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) highest = Math.Max(highest, n);
                }
        return Format(site, year, highest + 1, width);
    }

    /// <summary>
    /// The next free 索引号 of <paramref name="year"/> given the ones in use (what `check` proposes
    /// to a file that shares its 索引号 with another after a merge); null without a 机构代码.
    /// </summary>
    public static string? NextFree(SiteConfig site, IEnumerable<string> used, int year)
    {
        if (site.CreditCode.Length == 0 && site.IndexNoFormat.Contains("{credit_code}", StringComparison.Ordinal)) return null;
        var pattern = Pattern(site, year, out var width);
        var highest = 0;
        foreach (var value in used)
            if (pattern.Match(value.Trim()) is { Success: true } v && int.TryParse(v.Groups["seq"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                highest = Math.Max(highest, n);
        return Format(site, year, highest + 1, width);
    }

    public static string Format(SiteConfig site, int year, int seq, int width = 5) =>
        Placeholder().Replace(site.IndexNoFormat, m => m.Groups[1].Value switch
        {
            "credit_code" => site.CreditCode,
            "year" => year.ToString(CultureInfo.InvariantCulture),
            "seq" => seq.ToString(CultureInfo.InvariantCulture).PadLeft(m.Groups[2].Success ? int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : width, '0'),
            _ => m.Value,
        });

    private static Regex Pattern(SiteConfig site, int year, out int width)
    {
        var sb = new StringBuilder("^");
        var at = 0;
        width = 5;
        foreach (Match m in Placeholder().Matches(site.IndexNoFormat))
        {
            sb.Append(Regex.Escape(site.IndexNoFormat[at..m.Index]));
            sb.Append(m.Groups[1].Value switch
            {
                "credit_code" => Regex.Escape(site.CreditCode),
                "year" => year.ToString(CultureInfo.InvariantCulture),
                "seq" => @"(?<seq>\d+)",
                _ => Regex.Escape(m.Value),
            });
            if (m.Groups[1].Value == "seq" && m.Groups[2].Success) width = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            at = m.Index + m.Length;
        }
        sb.Append(Regex.Escape(site.IndexNoFormat[at..])).Append('$');
        return new Regex(sb.ToString(), RegexOptions.CultureInvariant);
    }

    /// <summary>Lines of the front matter only (a body line may mention an index number of another organ).</summary>
    public static IEnumerable<string> FrontMatterLines(string file)
    {
        using var reader = new StreamReader(file);
        if (reader.ReadLine()?.TrimStart('\uFEFF').TrimEnd() != "---") yield break;
        while (reader.ReadLine() is { } line && line.TrimEnd() != "---") yield return line;
    }

    [GeneratedRegex(@"\{(credit_code|year|seq)(?::(\d+))?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^index_no:\s*(.+)$")]
    private static partial Regex IndexLine();
}
