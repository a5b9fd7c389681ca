using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>
/// Rebuilds a Word table that a plain-text export wrote one cell per line. Word writes each cell
/// on its own line, often ending in a tab, and an empty or merged cell as an empty line (or a
/// lone tab). The column count is read from the header: the cells from the first one (`序号`, or
/// the first tab-ended line) up to the row numbered 1. Each row then runs from its number to the
/// next one (a row with merged cells that Word left out is filled with empty cells), the last
/// row up to the column count or the end of the tab-ended lines.
/// </summary>
internal static partial class CellPerLineTable
{
    private const int MaxColumns = 15;

    /// <summary>The table starting at line <paramref name="start"/>, and the line after it; null when there is none.</summary>
    public static (TableBlock Table, int Next)? TryRead(string[] lines, int start)
    {
        var tabbed = IsTabCell(lines[start]);
        if (!tabbed && Cell(lines[start]) != "序号") return null;
        // The lines the table can take: the run of tab-ended lines, or (without tabs) the rest of the text.
        var end = start;
        if (tabbed) while (end < lines.Length && IsTabCell(lines[end])) end++;
        else end = lines.Length;

        var header = new List<string>();
        var at = start;
        while (at < end && header.Count < MaxColumns && RowNumber(lines[at]) != 1)
        {
            var cell = Cell(lines[at]);
            if (cell.Length == 0 || cell.Length > 30 || cell.EndsWith('。')) return null;
            header.Add(cell);
            at++;
        }
        if (at >= end || header.Count < 2 || RowNumber(lines[at]) != 1) return null;
        var width = header.Count;

        var rows = new List<IReadOnlyList<string>> { header };
        for (var n = 1; at < end && RowNumber(lines[at]) == n; n++)
        {
            var next = NextRow(lines, at, end, width, n + 1);
            var cells = lines[at..next].Select(Cell).ToList();
            while (cells.Count < width) cells.Add("");
            rows.Add(cells);
            at = next;
        }
        return (new TableBlock(rows), at);
    }

    /// <summary>
    /// Where the row starting at <paramref name="rowStart"/> ends: at the next row's number a full row
    /// later, else the latest earlier line holding that number (a row Word wrote with fewer cells);
    /// the last row takes the column count, stopping early at a line that starts a new part of the text.
    /// </summary>
    private static int NextRow(string[] lines, int rowStart, int end, int width, int nextNumber)
    {
        var full = rowStart + width;
        if (full < end && RowNumber(lines[full]) == nextNumber) return full;
        for (var i = Math.Min(full, end) - 1; i > rowStart; i--)
            if (RowNumber(lines[i]) == nextNumber) return i;
        var last = rowStart + 1;
        while (last < Math.Min(full, end) && !EndsTable(lines[last])) last++;
        return last;
    }

    /// <summary>A line after a table in a tab-less export: an indented paragraph, a heading, 附件, a long sentence or the 版记.</summary>
    private static bool EndsTable(string line)
    {
        var text = Cell(line);
        return line.StartsWith("\u3000\u3000", StringComparison.Ordinal) || line.StartsWith("    ", StringComparison.Ordinal)
            || GovDocumentParser.IsHeading(text) || NewPart().IsMatch(text) || text.Length > 80;
    }

    private static bool IsTabCell(string line) => line.EndsWith('\t') && line.IndexOf('\t') == line.Length - 1;

    private static string Cell(string line) => TextCleaner.Clean(line.Replace('\t', ' '));

    private static int RowNumber(string line)
    {
        var m = Number().Match(Cell(line).Normalize(System.Text.NormalizationForm.FormKC));
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
    }

    [GeneratedRegex(@"^(\d{1,3})[.、]?$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^(附\s*件|抄送|第[一二三四五六七八九十]+[章条])")]
    private static partial Regex NewPart();
}
