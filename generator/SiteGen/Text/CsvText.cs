using System.Globalization;
using System.Text;

namespace SiteGen.Text;

/// <summary>
/// CSV downloads (公报数据库 lists, report tables) that open safely in Excel and WPS: RFC 4180 quoting,
/// CRLF line ends, a UTF-8 BOM (without it Excel reads Chinese as GBK mojibake), and text cells
/// that start with = + - @ or a tab/CR prefixed with an apostrophe, so a title like
/// `=HYPERLINK("http://…")` is shown as text instead of being run as a formula (CSV injection).
/// Numbers are written as they are: `-5` stays a number.
/// </summary>
internal static class CsvText
{
    public const string Bom = "\uFEFF";

    /// <summary>One cell holding <paramref name="text"/>, quoted when needed.</summary>
    public static string Field(string? text)
    {
        var value = text ?? "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNumber(value))
            value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 && value.Trim().Length == value.Length
            ? value
            : "\"" + value.Replace("\"", "\"\"") + "\"";
    }

    /// <summary>One line (with its CRLF) of cells.</summary>
    public static string Row(IEnumerable<string?> cells) => string.Join(",", cells.Select(Field)) + "\r\n";

    /// <summary>A whole file: BOM, header row, then the rows.</summary>
    public static string Document(IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows)
    {
        var sb = new StringBuilder(Bom).Append(Row(header));
        foreach (var row in rows) sb.Append(Row(row));
        return sb.ToString();
    }

    private static bool IsNumber(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
