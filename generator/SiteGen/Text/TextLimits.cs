using SiteGen.Configuration;
using SiteGen.Diagnostics;

namespace SiteGen.Text;

/// <summary>
/// The size limits of <see cref="ContentLimits"/> applied to a text file before anything parses
/// it: too large a file is refused before it is read into memory, too long a line is reported at
/// the column where it passes the limit.
/// </summary>
internal static class TextLimits
{
    /// <summary>The bytes of a Markdown or YAML file, or null (with an error) when it is larger than the limit.</summary>
    public static byte[]? Read(string fullPath, string path, ContentLimits limits, DiagnosticBag diagnostics)
    {
        using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        if (stream.Length > limits.MaxMarkdownBytes)
        {
            diagnostics.Error(SourcePosition.FileStart(path), DiagnosticCodes.FileTooLarge,
                $"文件有 {stream.Length / 1024} KB，超过了 {limits.MaxMarkdownKb} KB 的上限（file too large）。",
                $"请把内容拆成几篇文档，或把大段数据放进附件（如 xlsx、pdf）；确有需要时在 site.yml 的 limits: 下调大 max_markdown_kb。");
            return null;
        }
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>False (with an error at the first line too long) when a line is longer than the limit.</summary>
    public static bool LinesFit(string text, string path, int lineOffset, ContentLimits limits, DiagnosticBag diagnostics)
    {
        var line = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (end - start > limits.MaxLineChars)
            {
                diagnostics.Error(new SourcePosition(path, line + lineOffset, limits.MaxLineChars + 1), DiagnosticCodes.LineTooLong,
                    $"这一行有 {end - start} 个字符，超过了 {limits.MaxLineChars} 个字符的上限（line too long）。",
                    "请在句末或段落之间换行（Markdown 中空一行才分段，单个换行不影响显示）；确有需要时在 site.yml 的 limits: 下调大 max_line_chars。");
                return false;
            }
            start = end + 1;
            line++;
        }
        return true;
    }
}
