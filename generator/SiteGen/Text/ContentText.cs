using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Text;

/// <summary>
/// Decodes a content file as UTF-8 (a BOM and CRLF are tolerated). Anything else — GBK from Word
/// exports is the usual case — is refused with the position of the first bad byte and how to
/// convert, never published as mojibake.
/// </summary>
internal static class ContentText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(byte[] bytes, string path, DiagnosticBag diagnostics)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        string text;
        try
        {
            text = Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            var offset = start + Math.Max(0, e.Index);
            var (line, column) = LineAndColumn(bytes, start, offset);
            var hint = $"请另存为 UTF-8 编码：在编辑器中选择“UTF-8”保存，或运行 `iconv -f GBK -t UTF-8 \"{path}\" -o \"{path}.utf8\"` 后替换原文件。";
            diagnostics.Error(new SourcePosition(path, line, column), DiagnosticCodes.Encoding,
                "文件不是 UTF-8 编码（很可能是 Word 导出的 GBK/GB18030 编码），为避免发布乱码，已拒绝该文件。", hint);
            return null;
        }
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    private static (int Line, int Column) LineAndColumn(byte[] bytes, int start, int offset)
    {
        var line = 1;
        var lineStart = start;
        for (var i = start; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') { line++; lineStart = i + 1; }
        }
        var column = Encoding.UTF8.GetCharCount(bytes, lineStart, Math.Max(0, offset - lineStart)) + 1;
        return (line, column);
    }
}
