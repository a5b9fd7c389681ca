using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>
/// Joins a sentence that a page break split in two. A paragraph that ends without sentence-ending
/// punctuation, followed by a page break (and possibly the printed page number, or empty
/// paragraphs) and then a paragraph that is not a heading, is one paragraph: documents converted
/// from PDF or exported page by page split sentences so. Every page break is then dropped.
/// </summary>
internal static partial class PageBreaks
{
    public static List<Block> Join(IReadOnlyList<Block> blocks)
    {
        var result = new List<Block>(blocks.Count);
        var brokenAfter = false;
        foreach (var block in blocks)
        {
            if (block is PageBreakBlock) { brokenAfter = result.Count > 0; continue; }
            if (brokenAfter && block is ParagraphBlock next && result[^1] is ParagraphBlock previous && Continues(previous, next))
                result[^1] = previous with { Text = Joined(previous.Text, next.Text) };
            else
                result.Add(block);
            brokenAfter = false;
        }
        return result;
    }

    /// <summary>A printed page number on a line of its own: `- 3 -`, `— 3 —`, `第3页`, `第 3 页 共 8 页`, `3/8`, Word's `PAGE` field.</summary>
    public static bool IsPageNumber(string line)
    {
        // A footer exported with its field codes (`- PAGE 2 -`, `第 PAGE 页 共 NUMPAGES 页`, `{ PAGE }`) is a page number too.
        var text = TextCleaner.Clean(line);
        var numbered = PageField().Replace(text, "1").Trim();
        return PageNumber().IsMatch(numbered) || (numbered == "1" && text != "1");
    }

    private static bool Continues(ParagraphBlock previous, ParagraphBlock next) =>
        previous.HeadingLevel == 0 && next.HeadingLevel == 0 && next.List == ListKind.None
        && !SentenceEnd().IsMatch(previous.Text) && !GovDocumentParser.IsHeading(previous.Text) && !GovDocumentParser.IsHeading(next.Text)
        && !NewParagraph().IsMatch(next.Text);

    private static string Joined(string a, string b) =>
        char.IsAsciiLetterOrDigit(a[^1]) && char.IsAsciiLetterOrDigit(b[0]) ? $"{a} {b}" : a + b;

    [GeneratedRegex(@"[。！？；：…”’）)!?;:]$")]
    private static partial Regex SentenceEnd();

    // A line that starts something new: 第X条/章, a numbered item, 附件.
    [GeneratedRegex(@"^(第[一二三四五六七八九十百零〇\d]+[条章节]|\d{1,2}\s*[.．、](?!\d)|[（(]\d{1,2}[）)]|附\s*件)")]
    private static partial Regex NewParagraph();

    [GeneratedRegex(@"^([-－—–]\s*\d{1,4}\s*[-－—–]|第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\{?\s*\b(PAGE|NUMPAGES|SECTIONPAGES)\b\s*\}?")]
    private static partial Regex PageField();
}
