using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Text;

/// <summary>
/// Parses YAML into YamlDotNet's node model, which keeps each node's line and column so every
/// diagnostic can point at the offending value. <paramref name="lineOffset"/> maps the lines of
/// front matter back to lines of the Markdown file it sits in.
/// </summary>
internal static class YamlText
{
    public static YamlMappingNode? ParseMapping(string yaml, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new LimitedYamlParser(SimpleFrontMatter.TryParse(yaml) ?? (IParser)new Parser(new StringReader(yaml))));
        }
        catch (YamlLimitException e)
        {
            diagnostics.Error(new SourcePosition(path, (int)e.Start.Line + lineOffset, (int)e.Start.Column), DiagnosticCodes.YamlLimit, $"YAML 超出限制：{e.Text}", e.Hint);
            return null;
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line + lineOffset;
            var (message, hint) = Describe(e);
            diagnostics.Error(new SourcePosition(path, line, (int)e.Start.Column), DiagnosticCodes.YamlSyntax, $"YAML 格式错误：{message}", hint);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (without a position) when a flow collection `[` or
            // `{` is still open at the end of the text; find the line that opened it.
            var line = UnclosedBracketLine(yaml);
            diagnostics.Error(new SourcePosition(path, line + lineOffset, 1), DiagnosticCodes.YamlSyntax, "YAML 格式错误：方括号 [ ] 或花括号 { } 没有配对。",
                "请补上缺少的 ] 或 }；如果值本身含有括号，请用英文双引号把整个值括起来。");
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new YamlMappingNode();
        if (stream.Documents[0].RootNode is YamlMappingNode mapping)
            return mapping;
        var root = stream.Documents[0].RootNode;
        diagnostics.Error(At(path, root, lineOffset), DiagnosticCodes.YamlSyntax,
            "YAML 的最外层应是“键: 值”的列表。", "每一行写成 `title: 标题` 这样的形式。");
        return null;
    }

    private static int UnclosedBracketLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var depth = 0;
            var quoted = false;
            foreach (var c in lines[i])
            {
                if (c == '"') quoted = !quoted;
                else if (!quoted && c is '[' or '{') depth++;
                else if (!quoted && c is ']' or '}') depth--;
            }
            if (depth > 0) return i + 1;
        }
        return 1;
    }

    public static SourcePosition At(string path, YamlNode node, int lineOffset) =>
        new(path, (int)node.Start.Line + lineOffset, (int)node.Start.Column);

    private const string SyntaxHint = "请检查这一行的缩进、冒号后的空格和引号是否成对；含有冒号、#、[ ] 等符号的值请用英文双引号括起来。";

    private static (string Message, string Hint) Describe(YamlException e)
    {
        var inner = e.InnerException?.Message ?? e.Message;
        if (inner.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase))
            return ("同一个键写了两次。", "删去这一行，或把它与前面同名的那一行合并为一行。");
        // YamlDotNet words an unquoted ": " inside a value either way, depending on where it stands.
        if (inner.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase)
            || inner.Contains("found invalid mapping", StringComparison.OrdinalIgnoreCase))
            return ("这一行的值里有未加引号的冒号，或缩进不对。", SyntaxHint);
        if (inner.Contains("did not find expected", StringComparison.OrdinalIgnoreCase))
            return ("缩进或括号、引号不配对。", SyntaxHint);
        return (inner, SyntaxHint);
    }
}
