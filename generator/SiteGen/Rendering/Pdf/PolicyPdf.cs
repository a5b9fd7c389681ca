namespace SiteGen.Rendering.Pdf;

/// <summary>
/// A policy (政策文件) without an attachment of its own, as a PDF made at build time so that every
/// policy can be downloaded (issue 23): the title, 文号, 发文机关 and 成文日期, then the body's
/// paragraphs (each block of the Markdown body, as the search index reads it: <see cref="PlainText"/>),
/// set in STSong-Light on A4 pages numbered “第 N 页 共 M 页”. The footer says the file was made
/// from the web page, which is the reference: it is not the signed and sealed original.
/// </summary>
internal static class PolicyPdf
{
    private const float Margin = 72, Top = PdfPages.PageHeight - 72, Bottom = 80;
    private const float Width = PdfPages.PageWidth - 2 * Margin;
    private const float TitleSize = 18, MetaSize = 12, BodySize = 14;
    private const float TitleLeading = 28, MetaLeading = 20, BodyLeading = 26, ParagraphGap = 4;

    /// <summary>The PDF's path: the page's, with .pdf for .html (so it sits beside the page).</summary>
    public static string PathFor(string pagePath) => Path.ChangeExtension(pagePath, ".pdf");

    /// <param name="facts">Label and value of each line under the title (发文机关, 成文日期 …), those with a value.</param>
    public static byte[] Write(string title, string? docNumber, IReadOnlyList<(string Label, string Value)> facts, string body)
    {
        // Laid out as lines first (size, x, text, space before), then cut into pages, so each page can say how many there are.
        var lines = new List<(float Size, float X, string Text, float Before)>();
        foreach (var t in ChineseLines.Split(title, Width / TitleSize))
            lines.Add((TitleSize, (PdfPages.PageWidth - PdfPages.Width(t, TitleSize)) / 2, t, TitleLeading));
        if (docNumber is not null)
            lines.Add((MetaSize, (PdfPages.PageWidth - PdfPages.Width(docNumber, MetaSize)) / 2, docNumber, TitleLeading));
        var first = true;
        foreach (var (label, value) in facts)
        {
            foreach (var (t, i) in ChineseLines.Split($"{label}：{value}", Width / MetaSize).Select((t, i) => (t, i)))
                lines.Add((MetaSize, Margin, t, first && i == 0 ? TitleLeading : MetaLeading));
            first = false;
        }
        var ruleAfter = lines.Count;
        var paragraphs = body.Split('\n').Select(Clean).Where(p => p.Length > 0);
        first = true;
        foreach (var paragraph in paragraphs)
        {
            // 首行缩进两字, as printed documents are set.
            foreach (var (t, i) in ChineseLines.Split("　　" + paragraph, Width / BodySize).Select((t, i) => (t, i)))
                lines.Add((BodySize, Margin, t, i == 0 ? BodyLeading + (first ? TitleLeading : ParagraphGap) : BodyLeading));
            first = false;
        }

        var pdf = new PdfPages();
        var pages = new List<List<(float Size, float X, string Text, float Y)>> { new() };
        var y = Top;
        for (var i = 0; i < lines.Count; i++)
        {
            var (size, x, text, before) = lines[i];
            if (y - before < Bottom && pages[^1].Count > 0)
            {
                pages.Add([]);
                y = Top;
                before = size;
            }
            y -= before;
            pages[^1].Add((size, x, text, y));
            if (i == ruleAfter - 1) pages[^1].Add((0, Margin, "", y - MetaLeading / 2));
        }
        for (var p = 0; p < pages.Count; p++)
        {
            if (p > 0) pdf.NewPage();
            foreach (var (size, x, text, lineY) in pages[p])
            {
                if (size == 0) pdf.Rule(x, lineY, Width, 1);
                else pdf.Text(text, x, lineY, size);
            }
            var footer = $"本文件据网页正文生成，以网页为准　第 {p + 1} 页 共 {pages.Count} 页";
            pdf.Centered(footer, 9, Bottom - 36);
        }
        return pdf.Write(title, compress: true);
    }

    /// <summary>A paragraph without control characters (tabs, form feeds) and with its spaces trimmed.</summary>
    private static string Clean(string line) => new string(line.Where(c => !char.IsControl(c)).ToArray()).Trim();
}
