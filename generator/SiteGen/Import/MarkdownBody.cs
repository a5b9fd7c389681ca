using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>
/// Writes body blocks as Markdown: 一、 headings as `##`, （一） as `###` (when the paragraph is only
/// the heading), numbered paragraphs (1. 1． 1、 （1）) and Word's automatic lists as Markdown
/// lists, the 附件 lines as a list under “附件：”, tables as pipe tables, the 版记 as one paragraph
/// of lines, and pictures (not carried over) as TODO lines. Text is escaped so nothing in it becomes Markdown syntax by accident.
/// </summary>
internal static partial class MarkdownBody
{
    public const string ImageTodo = "TODO：此处原有图片，请另行保存后插入。";

    public static string Write(IReadOnlyList<Block> blocks)
    {
        var parts = new List<string>();
        var list = new List<string>();
        var ordered = 0;
        void Flush()
        {
            if (list.Count > 0) parts.Add(string.Join("\n", list));
            list.Clear();
            ordered = 0;
        }
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case ParagraphBlock p when Attachments().Match(p.Text) is { Success: true } a:
                    Flush();
                    parts.Add("附件：");
                    var items = new List<string>();
                    if (a.Groups[1].Value.Trim() is { Length: > 0 } firstItem) items.Add(ListText(firstItem));
                    while (i + 1 < blocks.Count && blocks[i + 1] is ParagraphBlock next && Numbered().IsMatch(next.Text)) { items.Add(ListText(next.Text)); i++; }
                    parts.Add(string.Join("\n", items.Select((t, n) => $"{n + 1}. {Escape(t)}")));
                    break;
                case ParagraphBlock { HeadingLevel: > 0 } p:
                    Flush();
                    parts.Add($"{new string('#', Math.Min(p.HeadingLevel + 1, 6))} {Escape(p.Text)}");
                    break;
                case ParagraphBlock p when IsShortHeading(p.Text, ChineseHeading()):
                    Flush();
                    parts.Add($"## {Escape(p.Text)}");
                    break;
                case ParagraphBlock p when IsShortHeading(p.Text, SubHeading()):
                    Flush();
                    parts.Add($"### {Escape(p.Text)}");
                    break;
                case ParagraphBlock { List: ListKind.Bullet } p:
                    if (ordered > 0) Flush();
                    list.Add($"- {Escape(p.Text)}");
                    break;
                case ParagraphBlock { List: ListKind.Ordered } p:
                    if (list.Count > 0 && ordered == 0) Flush();
                    list.Add($"{++ordered}. {Escape(p.Text)}");
                    break;
                case ParagraphBlock p when Numbered().Match(p.Text) is { Success: true } m:
                    if (list.Count > 0 && ordered == 0) Flush();
                    ordered++;
                    list.Add($"{m.Groups["n"].Value}. {Escape(p.Text[m.Length..].Trim())}");
                    break;
                case ParagraphBlock p:
                    Flush();
                    parts.Add(Escape(p.Text));
                    break;
                case TableBlock t when t.Rows.Count > 0:
                    Flush();
                    parts.Add(Table(t));
                    break;
                case RecordBlock r:
                    Flush();
                    // One paragraph, its lines kept apart by hard line breaks, as the 版记 is printed.
                    parts.Add(string.Join("\\\n", r.Lines.Select(Escape)));
                    break;
                case ImageBlock:
                    Flush();
                    parts.Add(ImageTodo);
                    break;
            }
        }
        Flush();
        return string.Join("\n\n", parts) + "\n";
    }

    private static bool IsShortHeading(string text, Regex pattern) =>
        pattern.IsMatch(text) && text.Length <= 40 && !text.EndsWith('。') && !text.EndsWith('；');

    private static string ListText(string text) => Numbered().Match(text) is { Success: true } m ? text[m.Length..].Trim() : text;

    private static string Table(TableBlock t)
    {
        var width = t.Rows.Max(r => r.Count);
        string Row(IReadOnlyList<string> cells) =>
            "| " + string.Join(" | ", Enumerable.Range(0, width).Select(i => i < cells.Count ? Escape(cells[i]).Replace("|", "\\|") : "")) + " |";
        var sb = new StringBuilder();
        sb.Append(Row(t.Rows[0])).Append('\n');
        sb.Append("|").Append(string.Concat(Enumerable.Repeat(" --- |", width))).Append('\n');
        foreach (var r in t.Rows.Skip(1)) sb.Append(Row(r)).Append('\n');
        return sb.ToString().TrimEnd('\n');
    }

    /// <summary>Backslash-escapes Markdown's inline syntax and a line start that would begin a block.</summary>
    public static string Escape(string text)
    {
        var s = InlineSyntax().Replace(text, @"\$0");
        return BlockStart().IsMatch(s) ? "\\" + s : s;
    }

    [GeneratedRegex(@"^附\s*件\s*[：:]\s*(.*)$")]
    private static partial Regex Attachments();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex ChineseHeading();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]")]
    private static partial Regex SubHeading();

    // 1. 1． 1、 （1） (1) — but not 1.5 or a year.
    [GeneratedRegex(@"^(?:(?<n>\d{1,2})\s*[.．、](?!\d)|[（(](?<n>\d{1,2})[）)])\s*")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"[\\`*_\[\]<>]")]
    private static partial Regex InlineSyntax();

    [GeneratedRegex(@"^([#+=-]|\d+[.)]\s)")]
    private static partial Regex BlockStart();
}
