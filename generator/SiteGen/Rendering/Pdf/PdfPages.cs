using System.Globalization;
using System.Text;

namespace SiteGen.Rendering.Pdf;

/// <summary>
/// A PDF of A4 pages drawn with text, rules and boxes in one font, STSong-Light: one of the
/// predefined CJK fonts every conforming reader provides (Adobe-GB1 with the UniGB-UTF16-H
/// encoding, so a string is its UTF-16BE code units). No font is embedded, which keeps a file a few
/// kilobytes and needs no font licence; no creation date is written, so the same input gives the
/// same bytes. Used by the 申请表 (<see cref="Forms.PdfForm"/>) and the policy PDFs (<see cref="PolicyPdf"/>).
/// </summary>
internal sealed class PdfPages
{
    public const float PageWidth = 595, PageHeight = 842;

    private readonly List<StringBuilder> _pages = [new()];

    /// <summary>The page being drawn on.</summary>
    public StringBuilder Page => _pages[^1];

    public int Count => _pages.Count;

    public void NewPage() => _pages.Add(new StringBuilder());

    /// <summary>Width of a text in the font: ASCII is half an em (the CIDFont's /W), everything else a full em.</summary>
    public static float Width(string text, float size) => Ems(text) * size;

    public static float Ems(string text) => Ems(text.AsSpan());

    public static float Ems(ReadOnlySpan<char> text)
    {
        var ems = 0f;
        foreach (var c in text) ems += c < 0x80 ? 0.5f : 1f;
        return ems;
    }

    public void Text(string text, float x, float y, float size)
    {
        // The string's UTF-16 code units in hex, straight into the page (no copies per line: a
        // policy PDF is made for thousands of documents in a build).
        Page.Append(CultureInfo.InvariantCulture, $"BT /F1 {size} Tf {x:0.##} {y:0.##} Td <");
        foreach (var c in text)
            Page.Append(HexDigits[c >> 12]).Append(HexDigits[(c >> 8) & 0xF]).Append(HexDigits[(c >> 4) & 0xF]).Append(HexDigits[c & 0xF]);
        Page.Append("> Tj ET\n");
    }

    private const string HexDigits = "0123456789ABCDEF";

    public void Centered(string text, float size, float y) => Text(text, (PageWidth - Width(text, size)) / 2, y, size);

    public void Rect(float x, float y, float w, float h) =>
        Page.Append(CultureInfo.InvariantCulture, $"0.6 w {x:0.##} {y:0.##} {w:0.##} {h:0.##} re S\n");

    public void Fill(float x, float y, float w, float h, float gray) =>
        Page.Append(CultureInfo.InvariantCulture, $"{gray} g {x:0.##} {y:0.##} {w:0.##} {h:0.##} re f 0 g\n");

    public void Rule(float x, float y, float w, float thickness) =>
        Page.Append(CultureInfo.InvariantCulture, $"{thickness} w {x:0.##} {y:0.##} m {x + w:0.##} {y:0.##} l S\n");

    /// <summary>Raw content operators (for what the helpers above do not draw).</summary>
    public void Raw(FormattableString operators) => Page.Append(operators.ToString(CultureInfo.InvariantCulture));

    public static string Utf16Hex(string text) => Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text));

    /// <summary>
    /// The file: catalog, page tree, per page its page object and content stream, then the Type0
    /// font over the predefined CIDFont, its descriptor, the info dictionary and the xref table.
    /// (For one page this is the object order the 申请表 has always had, so its bytes did not change.)
    /// With <paramref name="compress"/>, content streams are FlateDecode (zlib around SiteGen's own
    /// deterministic DEFLATE): the text is UTF-16 in hex, which shrinks to about a quarter.
    /// </summary>
    public byte[] Write(string title, bool compress = false)
    {
        var n = _pages.Count;
        var font = 3 + 2 * n;
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R /Lang (zh-CN) >>"),
            Ascii($"<< /Type /Pages /Kids [{string.Join(' ', Enumerable.Range(0, n).Select(i => $"{3 + 2 * i} 0 R"))}] /Count {n} >>"),
        };
        foreach (var (page, i) in _pages.Select((p, i) => (p, i)))
        {
            var content = new byte[page.Length];
            var at = 0;
            foreach (var chunk in page.GetChunks()) at += Encoding.ASCII.GetBytes(chunk.Span, content.AsSpan(at));
            objects.Add(Ascii($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PageWidth} {PageHeight}] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {4 + 2 * i} 0 R >>"));
            var data = compress ? Zlib(content) : content;
            objects.Add([.. Ascii($"<< /Length {data.Length}{(compress ? " /Filter /FlateDecode" : "")} >>\nstream\n"), .. data, .. Ascii("endstream")]);
        }
        objects.Add(Ascii($"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UTF16-H /DescendantFonts [{font + 1} 0 R] >>"));
        objects.Add(Ascii($"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor {font + 2} 0 R /DW 1000 /W [1 95 500] >>"));
        objects.Add(Ascii("<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 737 /StemV 58 >>"));
        objects.Add(Ascii($"<< /Title <FEFF{Utf16Hex(title)}> /Producer (SiteGen) >>"));
        var output = new MemoryStream();
        void Write(string s) => output.Write(Encoding.ASCII.GetBytes(s));
        Write("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(output.Position);
            Write($"{i + 1} 0 obj\n");
            output.Write(objects[i]);
            Write("\nendobj\n");
        }
        var xref = output.Position;
        Write($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) Write($"{o:D10} 00000 n \n");
        Write($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R /Info {objects.Count} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

    /// <summary>A zlib stream (RFC 1950: header, DEFLATE, Adler-32), which is what FlateDecode reads.</summary>
    private static byte[] Zlib(byte[] data)
    {
        var deflated = Output.Compression.DeflateEncoder.Deflate(data);
        uint a = 1, b = 0;
        foreach (var x in data)
        {
            a = (a + x) % 65521;
            b = (b + a) % 65521;
        }
        var adler = (b << 16) | a;
        return [0x78, 0x01, .. deflated, (byte)(adler >> 24), (byte)(adler >> 16), (byte)(adler >> 8), (byte)adler];
    }
}
