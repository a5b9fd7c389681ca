using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using SiteGen.Text.Escaping;

namespace SiteGen.Rendering.Forms;

/// <summary>
/// Writes the 申请表 as a Word document (a bordered table a citizen fills in by hand or in Word,
/// WPS or LibreOffice). Fixed core properties and no timestamps, so builds stay byte-identical.
/// </summary>
internal static class DocxForm
{
    public static byte[] Write(ApplicationForm form)
    {
        var body = new Body();
        body.Append(Paragraph(form.Title, bold: true, size: 36, center: true));
        body.Append(Paragraph($"受理机构：{form.Office}", size: 24));
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 6 }, new LeftBorder { Val = BorderValues.Single, Size = 6 },
                new BottomBorder { Val = BorderValues.Single, Size = 6 }, new RightBorder { Val = BorderValues.Single, Size = 6 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
            // Four columns (label, blank, label, blank), in twentieths of a point over the A4 text width.
            new TableGrid(new GridColumn { Width = "2000" }, new GridColumn { Width = "2653" }, new GridColumn { Width = "2000" }, new GridColumn { Width = "2653" }));
        foreach (var block in form.Blocks)
        {
            table.Append(new TableRow(Cell(block.Title, span: 4, bold: true, shade: true)));
            foreach (var row in block.Rows)
            {
                if (row.Labels.Length == 1 && row.Labels[0].Contains('□'))
                    table.Append(new TableRow(Cell(row.Labels[0], span: 4)));
                else if (row.Labels.Length == 1)
                    table.Append(new TableRow(Cell(row.Labels[0]), Cell("", span: 3, tall: block.TallRows > 0)));
                else
                    table.Append(new TableRow(Cell(row.Labels[0]), Cell(""), Cell(row.Labels[1]), Cell("")));
            }
        }
        body.Append(table);
        body.Append(Paragraph("填表说明：", bold: true, size: 21));
        var n = 1;
        foreach (var note in form.Notes) body.Append(Paragraph($"{n++}. {note}", size: 21));
        body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1440, Bottom = 1440, Left = 1300, Right = 1300 }));
        return Package(new Document(body).OuterXml, form);
    }

    /// <summary>
    /// The package written by hand around the SDK's document XML: the SDK's own package writer names
    /// relationships and the core-properties part with random ids and stamps entries with the time,
    /// so each build would publish a different file for the same form.
    /// </summary>
    private static byte[] Package(string documentXml, ApplicationForm form)
    {
        const string declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
        var title = MarkupText.Escape(form.Title);
        var creator = MarkupText.Escape(form.Office);
        (string Name, string Xml)[] parts =
        [
            ("[Content_Types].xml", declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>"),
            ("_rels/.rels", declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>"),
            ("docProps/core.xml", declaration + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + $"<dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator><dc:language>zh-CN</dc:language></cp:coreProperties>"),
            ("word/document.xml", declaration + documentXml),
        ];
        using var output = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in parts)
            {
                var entry = zip.CreateEntry(name, System.IO.Compression.CompressionLevel.Optimal);
                entry.LastWriteTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var stream = entry.Open();
                stream.Write(System.Text.Encoding.UTF8.GetBytes(xml));
            }
        }
        return output.ToArray();
    }

    private static Paragraph Paragraph(string text, bool bold = false, int size = 24, bool center = false)
    {
        // Schema order: rFonts, b, sz (Word refuses a document whose run properties are out of order).
        var props = new RunProperties(new RunFonts { EastAsia = "宋体", Ascii = "SimSun", HighAnsi = "SimSun" });
        if (bold) props.Append(new Bold());
        props.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var p = new Paragraph(new Run(props, new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (center) p.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        return p;
    }

    private static TableCell Cell(string text, int span = 1, bool bold = false, bool shade = false, bool tall = false)
    {
        var props = new TableCellProperties();
        if (span > 1) props.Append(new GridSpan { Val = span });
        if (shade) props.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "E7EEF7" });
        var cell = new TableCell(props, Paragraph(text, bold, 22));
        if (tall) for (var i = 0; i < 5; i++) cell.Append(new Paragraph());
        return cell;
    }
}
