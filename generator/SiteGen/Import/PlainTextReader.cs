using System.Text;

namespace SiteGen.Import;

/// <summary>
/// Reads Word's “plain text” export: one paragraph per line, UTF-8 or (as Word often saves it)
/// GB18030/GBK. Runs of lines with the same number (two or more) of tab-separated cells become a table;
/// a table Word wrote one cell per line is rebuilt (<see cref="CellPerLineTable"/>). A form feed or a
/// printed page number is a <see cref="PageBreakBlock"/>.
/// </summary>
internal static class PlainTextReader
{
    private static readonly UTF8Encoding Strict = new(false, throwOnInvalidBytes: true);

    public static IReadOnlyList<Block> Read(string file) => Parse(Decode(File.ReadAllBytes(file)));

    public static string Decode(byte[] bytes)
    {
        try
        {
            return Strict.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    public static IReadOnlyList<Block> Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Replace("\f", "\n\f\n").Split('\n');
        var blocks = new List<Block>();
        var i = 0;
        while (i < lines.Length)
        {
            if (lines[i] == "\f" || PageBreaks.IsPageNumber(lines[i]))
            {
                blocks.Add(new PageBreakBlock());
                i++;
                continue;
            }
            if (CellPerLineTable.TryRead(lines, i) is var (table, next))
            {
                blocks.Add(table);
                i = next;
                continue;
            }
            var cells = Cells(lines[i]);
            if (cells.Count >= 2)
            {
                var rows = new List<IReadOnlyList<string>>();
                while (i < lines.Length && Cells(lines[i]) is { } row && row.Count == cells.Count) { rows.Add(row); i++; }
                if (rows.Count >= 2) { blocks.Add(new TableBlock(rows)); continue; }
                i -= rows.Count;
            }
            var clean = TextCleaner.Clean(lines[i].Replace('\t', ' '));
            if (clean.Length > 0) blocks.Add(new ParagraphBlock(clean));
            i++;
        }
        return blocks;
    }

    // A line with only a trailing tab is one cell of a table written one cell per line, not a row of two.
    private static List<string> Cells(string line) =>
        line.Contains('\t') && line.IndexOf('\t') != line.Length - 1 ? line.Trim('\u3000', ' ').Split('\t').Select(c => TextCleaner.Clean(c)).ToList() : [];
}
