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
/// paragraph are joined back into the sentence.
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
                    if (text.Length > 0) blocks.Add(new ParagraphBlock(text, IsCentered(p), ListKindOf(p, numbering), HeadingLevel(p)));
                    break;
                case Table t:
                    blocks.Add(new TableBlock(t.Elements<TableRow>().Select(r => (IReadOnlyList<string>)r.Elements<TableCell>()
                        .Select(c => string.Join(" ", c.Elements<Paragraph>().Select(ParagraphText).Where(s => s.Length > 0))).ToList()).ToList()));
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    ReadContainer(content, numbering, blocks);
                    break;
            }
        }
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
