using System.Globalization;
using System.Text;
using SiteGen.Rendering.Pdf;

namespace SiteGen.Rendering.Forms;

/// <summary>
/// Writes the 申请表 as a one-page A4 PDF in STSong-Light, not embedded (<see cref="PdfPages"/>).
/// </summary>
internal static class PdfForm
{
    private const float PageWidth = PdfPages.PageWidth, PageHeight = PdfPages.PageHeight, Margin = 56;
    private const float Width = PageWidth - 2 * Margin;
    private const float RowHeight = 26, TallHeight = 110, Text = 10.5f;

    public static byte[] Write(ApplicationForm form)
    {
        var pdf = new PdfPages();
        var page = pdf.Page;
        var y = PageHeight - Margin;
        pdf.Centered(form.Title, 18, y - 18);
        y -= 34;
        pdf.Text($"受理机构：{form.Office}", Margin, y - 12, 11);
        y -= 24;
        var top = y;
        foreach (var block in form.Blocks)
        {
            pdf.Fill(Margin, y - RowHeight, Width, RowHeight, 0.91f);
            pdf.Rect(Margin, y - RowHeight, Width, RowHeight);
            pdf.Text(block.Title, Margin + 6, Baseline(y, RowHeight), 11);
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
                        pdf.Rect(x, y - height, widths[i], height);
                        if (i % 2 == 0) Wrapped(pdf, row.Labels[i / 2], x + 5, y, widths[i] - 10, height);
                        x += widths[i];
                    }
                }
                else if (row.Labels[0].Contains('□'))
                {
                    pdf.Rect(Margin, y - height, Width, height);
                    pdf.Text(row.Labels[0], Margin + 5, Baseline(y, height), Text);
                }
                else
                {
                    pdf.Rect(Margin, y - height, 110, height);
                    pdf.Rect(Margin + 110, y - height, Width - 110, height);
                    Wrapped(pdf, row.Labels[0], Margin + 5, y, 100, height);
                }
                y -= height;
            }
        }
        page.Append(CultureInfo.InvariantCulture, $"1.2 w {Margin} {y} {Width} {top - y} re S\n");
        y -= 24;
        pdf.Text("填表说明：", Margin, y, Text);
        var n = 1;
        foreach (var note in form.Notes)
            foreach (var (text, index) in Split($"{n++}. {note}", Width / Text).Select((t, i) => (t, i)))
            {
                y -= 16;
                pdf.Text(index == 0 ? text : "　" + text, Margin, y, Text);
            }
        return pdf.Write(form.Title);
    }

    private static float Baseline(float top, float height) => top - height / 2 - Text * 0.35f;

    /// <summary>A label wrapped to its cell by characters (Chinese text has no spaces to break at), centred vertically.</summary>
    private static void Wrapped(PdfPages pdf, string text, float x, float top, float width, float height)
    {
        var lines = Split(text, width / Text);
        var lineHeight = Text * 1.4f;
        var first = top - (height - lines.Count * lineHeight) / 2 - Text;
        for (var i = 0; i < lines.Count; i++) pdf.Text(lines[i], x, first - i * lineHeight, Text);
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
}
