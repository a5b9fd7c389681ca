using SiteGen.Diagnostics;
using SiteGen.Text;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Content;

/// <summary>Splits `---` front matter from the Markdown body.</summary>
internal static class FrontMatter
{
    public static (YamlMappingNode? Map, string Body, int BodyLine) Split(string text, string path, DiagnosticBag diagnostics)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text != "---")
        {
            diagnostics.Error(SourcePosition.FileStart(path), DiagnosticCodes.MissingFrontMatter, "文件开头没有文档属性（front matter）。",
                "文件第一行应是 `---`，接着写 title、category 等键，再以一行 `---` 结束，之后才是正文。");
            return (null, text, 1);
        }
        var end = FindClosing(text);
        if (end < 0)
        {
            diagnostics.Error(SourcePosition.FileStart(path), DiagnosticCodes.MissingFrontMatter, "文档属性（front matter）没有结束标记。",
                "在最后一个键的下一行加上一行 `---`。");
            return (null, "", 1);
        }
        var yaml = text[4..end];
        var map = YamlText.ParseMapping(yaml, path, SourceFile.FrontMatterLineOffset, diagnostics);
        var closeLineEnd = text.IndexOf('\n', end);
        var body = closeLineEnd < 0 ? "" : text[(closeLineEnd + 1)..];
        var bodyLine = 1 + CountLines(text, closeLineEnd < 0 ? text.Length : closeLineEnd + 1);
        return (map, body, bodyLine);
    }

    /// <summary>
    /// Whether the text's 文档属性 hold a `draft: true` line, read line by line (for a file whose YAML
    /// does not parse): up to the closing `---`, or the whole text when there is none.
    /// </summary>
    public static bool DeclaresDraft(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal)) return false;
        var end = FindClosing(text);
        foreach (var line in (end < 0 ? text : text[..end]).Split('\n'))
        {
            var t = line.Trim();
            if (!t.StartsWith("draft:", StringComparison.Ordinal)) continue;
            var value = t[6..].Split('#')[0].Trim();
            return value is "true" or "True" or "TRUE" or "yes" or "on";
        }
        return false;
    }

    private static int FindClosing(string text)
    {
        var at = 3;
        while (true)
        {
            var next = text.IndexOf("\n---", at, StringComparison.Ordinal);
            if (next < 0) return -1;
            var after = next + 4;
            if (after == text.Length || text[after] == '\n' || (text[after] is ' ' or '\t' && text.AsSpan(after).TrimStart(" \t").StartsWith("\n")))
                return next + 1;
            at = after;
        }
    }

    private static int CountLines(string text, int upTo)
    {
        var n = 0;
        for (var i = 0; i < upTo; i++) if (text[i] == '\n') n++;
        return n;
    }
}
