using System.Globalization;
using System.Text;

namespace SiteGen.Rendering.Forms;

/// <summary>
/// Writes the 申请表 as a one-page A4 PDF without embedding a font: the text uses STSong-Light, one of
/// the predefined CJK fonts every conforming reader provides (Adobe-GB1 with the UniGB-UTF16-H
/// encoding, so a string is its UTF-16BE code units), which keeps the file a few kilobytes and needs
/// no font licence. No creation date is written, so the same form gives the same bytes.
/// </summary>
internal static class PdfForm
{
    private const float PageWidth = 595, PageHeight = 842, Margin = 56;
    private const float Width = PageWidth - 2 * Margin;
    private const float RowHeight = 26, TallHeight = 110, Text = 10.5f;

    public static byte[] Write(ApplicationForm form)
    {
        var page = new StringBuilder();
        var y = PageHeight - Margin;
        Centered(page, form.Title, 18, y - 18);
        y -= 34;
        Line(page, $"受理机构：{form.Office}", Margin, y - 12, 11);
        y -= 24;
        var top = y;
        foreach (var block in form.Blocks)
        {
            Fill(page, Margin, y - RowHeight, Width, RowHeight, 0.91f);
            Rect(page, Margin, y - RowHeight, Width, RowHeight);
            Line(page, block.Title, Margin + 6, Baseline(y, RowHeight), 11);
            y -= RowHeight;
            foreach (var row in block.Rows)
            {
                var height = block.TallRows > 0 ? TallHeight : RowHeight;
                if (row.Labels.Length == 2)
                {
                    float[] widths = [110, Width / 2 - 110, 110, Width / 2 - 110];
                    var x = Margin;
                    for (var i = 0; i < 4; i++)
                    {
                        Rect(page, x, y - height, widths[i], height);
                        if (i % 2 == 0) Wrapped(page, row.Labels[i / 2], x + 5, y, widths[i] - 10, height);
                        x += widths[i];
                    }
                }
                else if (row.Labels[0].Contains('□'))
                {
                    Rect(page, Margin, y - height, Width, height);
                    Line(page, row.Labels[0], Margin + 5, Baseline(y, height), Text);
                }
                else
                {
                    Rect(page, Margin, y - height, 110, height);
                    Rect(page, Margin + 110, y - height, Width - 110, height);
                    Wrapped(page, row.Labels[0], Margin + 5, y, 100, height);
                }
                y -= height;
            }
        }
        page.Append(CultureInfo.InvariantCulture, $"1.2 w {Margin} {y} {Width} {top - y} re S\n");
        y -= 24;
        Line(page, "填表说明：", Margin, y, Text);
        var n = 1;
        foreach (var note in form.Notes)
            foreach (var (text, index) in Split($"{n++}. {note}", Width / Text).Select((t, i) => (t, i)))
            {
                y -= 16;
                Line(page, index == 0 ? text : "　" + text, Margin, y, Text);
            }
        return Document(form.Title, page.ToString());
    }

    private static float Baseline(float top, float height) => top - height / 2 - Text * 0.35f;

    /// <summary>A label wrapped to its cell by characters (Chinese text has no spaces to break at), centred vertically.</summary>
    private static void Wrapped(StringBuilder page, string text, float x, float top, float width, float height)
    {
        var lines = Split(text, width / Text);
        var lineHeight = Text * 1.4f;
        var first = top - (height - lines.Count * lineHeight) / 2 - Text;
        for (var i = 0; i < lines.Count; i++) Line(page, lines[i], x, first - i * lineHeight, Text);
    }

    /// <summary>Splits into lines of at most <paramref name="ems"/> full-width characters (ASCII counts half).</summary>
    private static List<string> Split(string text, float ems)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        var used = 0f;
        foreach (var c in text)
        {
            var w = c < 0x80 ? 0.5f : 1f;
            if (used + w > ems && current.Length > 0)
            {
                lines.Add(current.ToString());
                current.Clear();
                used = 0;
            }
            current.Append(c);
            used += w;
        }
        if (current.Length > 0) lines.Add(current.ToString());
        return lines;
    }

    private static void Centered(StringBuilder page, string text, float size, float y)
    {
        var width = text.Sum(c => c < 0x80 ? 0.5f : 1f) * size;
        Line(page, text, (PageWidth - width) / 2, y, size);
    }

    private static void Line(StringBuilder page, string text, float x, float y, float size) =>
        page.Append(CultureInfo.InvariantCulture, $"BT /F1 {size} Tf {x:0.##} {y:0.##} Td <{Utf16Hex(text)}> Tj ET\n");

    private static void Rect(StringBuilder page, float x, float y, float w, float h) =>
        page.Append(CultureInfo.InvariantCulture, $"0.6 w {x:0.##} {y:0.##} {w:0.##} {h:0.##} re S\n");

    private static void Fill(StringBuilder page, float x, float y, float w, float h, float gray) =>
        page.Append(CultureInfo.InvariantCulture, $"{gray} g {x:0.##} {y:0.##} {w:0.##} {h:0.##} re f 0 g\n");

    private static string Utf16Hex(string text) => Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text));

    /// <summary>The file: catalog, pages, one page, its content, the Type0 font over the predefined CIDFont, the info dictionary, the xref table.</summary>
    private static byte[] Document(string title, string content)
    {
        var contentBytes = Encoding.ASCII.GetBytes(content);
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R /Lang (zh-CN) >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            $"<< /Length {contentBytes.Length} >>\nstream\n{content}endstream",
            "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UTF16-H /DescendantFonts [6 0 R] >>",
            "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 /W [1 95 500] >>",
            "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 737 /StemV 58 >>",
            $"<< /Title <FEFF{Utf16Hex(title)}> /Producer (SiteGen) >>",
        ];
        var output = new MemoryStream();
        void Write(string s) { var b = Encoding.ASCII.GetBytes(s); output.Write(b); }
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(output.Position);
            Write($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = output.Position;
        Write($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) Write($"{o:D10} 00000 n \n");
        Write($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Info {objects.Length} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }
}
