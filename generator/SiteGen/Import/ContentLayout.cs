using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Model;
using SiteGen.Text;

namespace SiteGen.Import;

/// <summary>
/// Where a column's documents live and how they are named, learned from the site's own content so
/// `sitegen new` writes the next one beside them: `xxgk/zcwj/2025/gfxwj-004.md` →
/// `xxgk/zcwj/2026/gfxwj-005.md`. The folder is the one most of the column's files share (a year
/// folder under it when they sit in year folders); the name is their most common prefix with the
/// next number at their width, counted within the year when the site restarts numbering each year
/// (a number found in two year folders), else across all years.
/// </summary>
internal sealed partial record ContentLayout(string Folder, bool YearFolders, string? Prefix, int Width, bool NumberedPerYear, IReadOnlyList<(int? Year, int Number)> Numbers)
{
    /// <summary>The layout of <paramref name="column"/>'s existing documents under content/, or null when it has none.</summary>
    public static ContentLayout? Learn(string contentDir, ColumnIndex columns, Column column)
    {
        if (!Directory.Exists(contentDir)) return null;
        var files = new List<(string Folder, int? Year, string Stem)>();
        foreach (var file in Directory.EnumerateFiles(contentDir, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(file);
            if (stem.StartsWith('_')) continue;
            var category = IndexNumbers.FrontMatterLines(file).Select(l => CategoryLine().Match(l)).FirstOrDefault(m => m.Success)?.Groups[1].Value.Trim().Trim('"', '\'');
            if (category is null || columns.Find(category)?.Id != column.Id) continue;
            var dir = Path.GetRelativePath(contentDir, Path.GetDirectoryName(file)!).Replace('\\', '/');
            if (dir == ".") dir = "";
            var last = dir.Contains('/') ? dir[(dir.LastIndexOf('/') + 1)..] : dir;
            if (YearFolder().IsMatch(last))
                files.Add((dir.Length == last.Length ? "" : dir[..(dir.Length - last.Length - 1)], int.Parse(last, CultureInfo.InvariantCulture), stem));
            else
                files.Add((dir, null, stem));
        }
        if (files.Count == 0) return null;
        var folder = files.GroupBy(f => f.Folder, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        var yearFolders = folder.Count(f => f.Year is not null) * 2 > folder.Count();
        var numbered = folder.Select(f => (f.Year, Match: NumberedStem().Match(f.Stem))).Where(x => x.Match.Success).ToList();
        if (numbered.Count == 0) return new ContentLayout(folder.Key, yearFolders, null, 0, false, []);
        var prefix = numbered.GroupBy(x => x.Match.Groups["prefix"].Value, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        var width = prefix.GroupBy(x => x.Match.Groups["number"].Value.Length).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        var numbers = prefix.Select(x => (x.Year, int.Parse(x.Match.Groups["number"].Value, CultureInfo.InvariantCulture))).ToList();
        var perYear = numbers.GroupBy(n => n.Item2).Any(g => g.Select(n => n.Year).Distinct().Count() > 1);
        return new ContentLayout(folder.Key, yearFolders, prefix.Key, width, perYear, numbers);
    }

    /// <summary>The folder (relative to content/) a document dated in <paramref name="year"/> goes to.</summary>
    public string FolderFor(int year) =>
        !YearFolders ? Folder : Folder.Length == 0 ? year.ToString(CultureInfo.InvariantCulture) : $"{Folder}/{year}";

    /// <summary>
    /// The next file name stem in the site's numbering (null when the site's names carry no number).
    /// Names that end in a date (`zc-20251009`, as `new` wrote them before) take the new date.
    /// </summary>
    public string? NextStem(DateOnly date)
    {
        if (Prefix is null) return null;
        if (Width == 8 && Numbers.All(n => Dates.TryParseCompact(n.Number.ToString(CultureInfo.InvariantCulture), out _)))
            return Prefix + Dates.Compact(date);
        var year = date.Year;
        var used = NumberedPerYear ? Numbers.Where(n => n.Year == year) : Numbers;
        var next = used.Select(n => n.Number).DefaultIfEmpty(0).Max() + 1;
        return Prefix + next.ToString(CultureInfo.InvariantCulture).PadLeft(Width, '0');
    }

    /// <summary>
    /// The next path (relative to content/, without .md) for site.yml's `new_files` pattern, e.g.
    /// `xxgk/zcwj/{year}/gfxwj-{seq:3}`: one more than the highest sequence number of the files that
    /// match it with {year} filled in.
    /// </summary>
    public static string NextFromPattern(string contentDir, string pattern, int year)
    {
        var filled = pattern.Replace("{year}", year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var seq = SeqPlaceholder().Match(filled);
        var width = seq.Groups[1].Success ? int.Parse(seq.Groups[1].Value, CultureInfo.InvariantCulture) : 1;
        var regex = new Regex("^" + Regex.Escape(filled[..seq.Index]) + @"(\d+)" + Regex.Escape(filled[(seq.Index + seq.Length)..]) + "$", RegexOptions.CultureInvariant);
        var highest = 0;
        if (Directory.Exists(contentDir))
            foreach (var file in Directory.EnumerateFiles(contentDir, "*.md", SearchOption.AllDirectories))
                if (regex.Match(Path.GetRelativePath(contentDir, file).Replace('\\', '/')[..^3]) is { Success: true } m)
                    highest = Math.Max(highest, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        return filled[..seq.Index] + (highest + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0') + filled[(seq.Index + seq.Length)..];
    }

    [GeneratedRegex(@"\{seq(?::(\d+))?\}")]
    private static partial Regex SeqPlaceholder();

    [GeneratedRegex(@"^category:\s*(.+?)\s*(#.*)?$")]
    private static partial Regex CategoryLine();

    [GeneratedRegex(@"^(19|20|21)\d\d$")]
    private static partial Regex YearFolder();

    [GeneratedRegex(@"^(?<prefix>.*?)(?<number>\d+)$")]
    private static partial Regex NumberedStem();
}
