using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SiteGen.Import;

/// <summary>
/// Reads the body of a .docx into <see cref="Block"/>s with the Open XML SDK. Only the main
/// document part and its numbering definitions are read: external relationships (linked
/// images, templates, OLE links) are never followed, field codes and deleted revisions are
/// skipped, bookmarks and proofing marks carry no text, and manual line breaks inside a
/// paragraph are joined back into the sentence. Tables are laid out on their grid (merged cells
/// left empty); page breaks become <see cref="PageBreakBlock"/>s so that a sentence they split
/// can be joined.
/// </summary>
internal static class DocxReader
{
    public static IReadOnlyList<Block> Read(string file)
    {
        using var stream = File.OpenRead(file);
        using var doc = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = ImportLimits.MaxPartCharacters });
        var main = doc.MainDocumentPart ?? throw new InvalidDataException("no main document part");
        var numbering = main.NumberingDefinitionsPart?.Numbering;
        var blocks = new List<Block>();
        if (main.Document?.Body is { } body) ReadContainer(body, numbering, blocks);
        return blocks;
    }

    private static void ReadContainer(OpenXmlElement container, Numbering? numbering, List<Block> blocks)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph p:
                    if (p.Descendants<Drawing>().Any() || p.Descendants<Picture>().Any()) blocks.Add(new ImageBlock());
                    var text = ParagraphText(p);
                    var (breakBefore, breakAfter) = PageBreaksOf(p, text.Length > 0);
                    if (breakBefore) blocks.Add(new PageBreakBlock());
                    if (text.Length > 0) blocks.Add(new ParagraphBlock(text, IsCentered(p), ListKindOf(p, numbering), HeadingLevel(p)));
                    if (breakAfter) blocks.Add(new PageBreakBlock());
                    break;
                case Table t:
                    blocks.Add(new TableBlock(t.Elements<TableRow>().Select(RowCells).ToList()));
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    ReadContainer(content, numbering, blocks);
                    break;
            }
        }
    }

    /// <summary>
    /// A row's cells laid out on the table grid: a cell merged across columns (gridSpan) is followed
    /// by empty cells, a cell continuing a vertical merge (vMerge without restart) is empty, and
    /// grid columns skipped before or after the row (gridBefore, gridAfter) are empty too.
    /// </summary>
    private static IReadOnlyList<string> RowCells(TableRow row)
    {
        var cells = new List<string>();
        var rowProperties = row.TableRowProperties;
        void Empty(int n) { for (var i = 0; i < n; i++) cells.Add(""); }
        Empty(rowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0);
        foreach (var cell in row.Elements<TableCell>())
        {
            var properties = cell.TableCellProperties;
            var continuesMerge = properties?.VerticalMerge is { } v && (v.Val is null || v.Val.Value == MergedCellValues.Continue);
            cells.Add(continuesMerge ? "" : string.Join(" ", cell.Elements<Paragraph>().Select(ParagraphText).Where(s => s.Length > 0)));
            Empty((properties?.GridSpan?.Val?.Value ?? 1) - 1);
        }
        Empty(rowProperties?.GetFirstChild<GridAfter>()?.Val?.Value ?? 0);
        return cells;
    }

    /// <summary>Whether a page break (Word's `w:br w:type="page"` or “段前分页”) stands before or after the paragraph's text.</summary>
    private static (bool Before, bool After) PageBreaksOf(Paragraph p, bool hasText)
    {
        var before = p.ParagraphProperties?.PageBreakBefore is { } pb && (pb.Val is null || pb.Val.Value);
        var breaks = p.Descendants<Break>().Where(b => b.Type is { } t && t.Value == BreakValues.Page).ToList();
        if (breaks.Count == 0) return (before, false);
        if (!hasText) return (true, false);
        // A break after all of the paragraph's text ends the page after it; anywhere else it only splits the line.
        var lastText = p.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().LastOrDefault(t => t.Text.Trim().Length > 0);
        var after = lastText is not null && breaks.Any(b => IsAfter(b, lastText));
        var first = p.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().FirstOrDefault(t => t.Text.Trim().Length > 0);
        before |= first is not null && breaks.Any(b => IsAfter(first, b));
        return (before, after);
    }

    private static bool IsAfter(OpenXmlElement later, OpenXmlElement earlier)
    {
        var elements = later.Ancestors<Paragraph>().First().Descendants().ToList();
        return elements.IndexOf(later) > elements.IndexOf(earlier);
    }

    public static string ParagraphText(Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var run in p.Descendants<Run>())
        {
            if (run.Ancestors<DeletedRun>().Any() || run.Ancestors<MoveFromRun>().Any()) continue;
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case DocumentFormat.OpenXml.Wordprocessing.Text t: sb.Append(t.Text); break;
                    case TabChar: sb.Append('\t'); break;
                    case NoBreakHyphen: sb.Append('-'); break;
                    // A manual line break (Shift+Enter) inside a sentence is layout, not content.
                    case Break b when b.Type is null || b.Type.Value == BreakValues.TextWrapping: sb.Append('\n'); break;
                    case CarriageReturn: sb.Append('\n'); break;
                }
            }
        }
        return TextCleaner.Clean(sb.ToString());
    }

    private static bool IsCentered(Paragraph p) =>
        p.ParagraphProperties?.Justification?.Val is { } j && (j.Value == JustificationValues.Center);

    private static int HeadingLevel(Paragraph p)
    {
        var style = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
        return style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) && int.TryParse(style.AsSpan(7), out var n) && n is >= 1 and <= 4 ? n : 0;
    }

    private static ListKind ListKindOf(Paragraph p, Numbering? numbering)
    {
        var numPr = p.ParagraphProperties?.NumberingProperties;
        if (numPr?.NumberingId?.Val is not { } numId || numId.Value == 0) return ListKind.None;
        var level = numPr.NumberingLevelReference?.Val?.Value ?? 0;
        var instance = numbering?.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId.Value);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var format = numbering?.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId)
            ?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == level)?.NumberingFormat?.Val;
        return format is { } f && f.Value == NumberFormatValues.Bullet ? ListKind.Bullet : ListKind.Ordered;
    }
}
