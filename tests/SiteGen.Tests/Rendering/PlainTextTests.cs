using Markdig;
using SiteGen.Rendering;
using SiteGen.Search;

namespace SiteGen.Tests.Theme;

/// <summary>
/// A body's plain text feeds the page's meta description (<see cref="PlainText.Summary"/>) and the
/// search result's snippet (<see cref="SearchIndexWriter.Snippet"/>); both read only the start of
/// the text (<see cref="PlainText.Flat"/>). Each must say exactly what flattening the whole text
/// and then cutting it says.
/// </summary>
public sealed class PlainTextTests
{
    private static readonly string[] Texts =
    [
        "",
        "   \n \r\n\t\n",
        "一句话。",
        "  前导空格的一行  \n\n\n第二段，后面有空行\r\n\r\n第三段。  ",
        string.Concat(Enumerable.Repeat("各镇（街道）、各部门：现将有关事项通知如下。", 12)),
        string.Join("\n", Enumerable.Range(0, 40).Select(i => i % 3 == 0 ? "   " : $"第{i}行：政务公开工作要点；推进决策公开！是否落实？")),
        new string('字', 119) + "\n" + new string('文', 5),
        new string('字', 59) + "。" + new string('文', 200),
        new string('字', 61) + "。" + new string('文', 200),
        "abc def\n\nghi\r\njkl   \n   mno",
    ];

    /// <summary>The whole text flattened: its lines trimmed, empty ones left out, joined by one space.</summary>
    private static string WholeFlat(string text) =>
        string.Join(" ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    [Fact]
    public void Flat_IsTheStartOfTheWholeFlattenedText_AtEveryLength()
    {
        foreach (var text in Texts)
        {
            var whole = WholeFlat(text);
            for (var length = 0; length <= whole.Length + 2; length++)
                Assert.Equal(whole[..Math.Min(length, whole.Length)], PlainText.Flat(text, length));
        }
    }

    [Fact]
    public void Summary_CutsTheFlattenedText_AtASentenceEndPastHalfway_ElseWithAnEllipsis()
    {
        foreach (var text in Texts)
        {
            var whole = WholeFlat(text);
            var expected = whole.Length <= 120 ? whole
                : whole.LastIndexOfAny(['。', '；', '！', '？'], 119) is var cut && cut > 60 ? whole[..(cut + 1)]
                : whole[..120] + "…";
            Assert.Equal(expected, PlainText.Summary(text));
        }
        Assert.Equal(new string('字', 61) + "。", PlainText.Summary(new string('字', 61) + "。" + new string('文', 200)));
        Assert.Equal(new string('字', 59) + "。" + new string('文', 60) + "…", PlainText.Summary(new string('字', 59) + "。" + new string('文', 200)));
    }

    [Fact]
    public void Snippet_IsTheFirst160CharactersOfTheFlattenedBody()
    {
        foreach (var text in Texts)
        {
            var whole = WholeFlat(text);
            Assert.Equal(whole[..Math.Min(SearchIndexWriter.SnippetText, whole.Length)], SearchIndexWriter.Snippet(text));
        }
    }

    [Fact]
    public void FromMarkdown_GivesTheTextOfEachBlockOnALine_WithoutMarkupOrSurroundingWhitespace()
    {
        var parsed = Markdown.Parse("\n\n# 标题\n\n第一段**加粗**文字。\n\n- 列表项\n\n```\ncode line\n```\n\n", MarkdownRenderer.Pipeline);
        Assert.Equal("标题\n第一段加粗文字。\n列表项\ncode line", PlainText.FromMarkdown(parsed));
        Assert.Equal("", PlainText.FromMarkdown(Markdown.Parse("  \n\n", MarkdownRenderer.Pipeline)));
    }
}
