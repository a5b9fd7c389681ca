using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SiteGen.Tests.Editors.Import;

/// <summary>Builds .docx files for the import tests with the Open XML SDK, the way Word writes them.</summary>
internal sealed class Docx
{
    private readonly List<OpenXmlElement> _body = [];
    private bool _numbering;
    private string? _externalImage;

    /// <summary>A paragraph; `\n` in the text becomes a manual line break (Shift+Enter) inside it.</summary>
    public Docx P(string text, bool center = false, bool bookmark = false, string bookmarkName = "_Toc1")
    {
        var p = new Paragraph();
        if (center) p.Append(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        if (bookmark) p.Append(new BookmarkStart { Id = "0", Name = bookmarkName });
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = new Run();
            if (i > 0) run.Append(new Break());
            run.Append(new W.Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            p.Append(run);
        }
        if (bookmark) p.Append(new BookmarkEnd { Id = "0" });
        _body.Add(p);
        return this;
    }

    public Docx Empty() { _body.Add(new Paragraph()); return this; }

    /// <summary>Any body element as Word writes it (a table with merged cells, a paragraph with fields).</summary>
    public Docx Raw(OpenXmlElement element) { _body.Add(element); return this; }

    /// <summary>A paragraph holding only a page break (Ctrl+Enter), as Word writes one.</summary>
    public Docx PageBreak() { _body.Add(new Paragraph(new Run(new Break { Type = BreakValues.Page }))); return this; }

    /// <summary>A paragraph with a complex field: `before`, the field (its code in instrText, its result shown), `after`.</summary>
    public Docx Field(string before, string code, string result, string after)
    {
        Run T(string t) => new(new W.Text(t) { Space = SpaceProcessingModeValues.Preserve });
        _body.Add(new Paragraph(T(before),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(code) { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            T(result),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            T(after)));
        return this;
    }

    /// <summary>A paragraph numbered by Word (numPr), whose number is not part of its text.</summary>
    public Docx Numbered(string text)
    {
        _numbering = true;
        _body.Add(new Paragraph(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })),
            new Run(new W.Text(text))));
        return this;
    }

    public Docx Table(params string[][] rows)
    {
        var table = new Table(new TableProperties(new TableBorders()));
        foreach (var row in rows)
            table.Append(new TableRow(row.Select(c => new TableCell(new Paragraph(new Run(new W.Text(c))))).ToArray()));
        _body.Add(table);
        return this;
    }

    /// <summary>A picture linked (not embedded) from <paramref name="url"/>: the importer must not fetch it.</summary>
    public Docx LinkedPicture(string url)
    {
        _externalImage = url;
        _body.Add(new Paragraph(new Run(new Picture())));
        return this;
    }

    public string Save(string path)
    {
        using (var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(_body.Select(e => e.CloneNode(true)).ToArray()));
            if (_numbering)
            {
                var part = main.AddNewPart<NumberingDefinitionsPart>();
                part.Numbering = new Numbering(
                    new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
                    new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
            }
            if (_externalImage is not null)
                main.AddExternalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", new Uri(_externalImage));
        }
        return path;
    }
}
