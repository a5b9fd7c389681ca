using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>
/// 版记 (GB/T 9704-2012 §7.3): the 抄送 line, which Word or a PDF export often wraps over several
/// lines, and the 印发机关 / 印发日期 line, sometimes split in two (`示例区人民政府办公室` /
/// `2019年3月5日印发`). Taken out of the body wherever it stands and kept as one block.
/// </summary>
internal static partial class DocumentRecord
{
    public static RecordBlock? Extract(List<Block> items)
    {
        var lines = new List<string>();
        var copyTo = items.FindIndex(b => b is ParagraphBlock p && CopyTo().IsMatch(p.Text));
        if (copyTo >= 0)
        {
            var text = ((ParagraphBlock)items[copyTo]).Text;
            var end = copyTo + 1;
            // Continuation lines of the list of recipients, up to its full stop or the 印发 line.
            while (!text.EndsWith('。') && end < items.Count && items[end] is ParagraphBlock { Text: var more }
                   && PrintedAt(items, end) is null && more.Length <= 80 && !more.EndsWith('：'))
            {
                text += more;
                end++;
            }
            lines.Add(TextCleaner.Compact(text));
            items.RemoveRange(copyTo, end - copyTo);
        }
        for (var i = 0; i < items.Count; i++)
        {
            if (PrintedAt(items, i) is not var (line, count)) continue;
            lines.Add(line);
            items.RemoveRange(i, count);
            break;
        }
        return lines.Count == 0 ? null : new RecordBlock(lines);
    }

    /// <summary>The 印发 line at <paramref name="i"/> as `机关 日期印发`, and how many lines it took (one, or two when split).</summary>
    private static (string Line, int Count)? PrintedAt(List<Block> items, int i)
    {
        if (items[i] is not ParagraphBlock { Text: var text }) return null;
        if (PrintedBy().Match(text) is { Success: true } m)
        {
            var organ = TextCleaner.Compact(m.Groups["organ"].Value);
            var date = TextCleaner.Compact(m.Groups["date"].Value);
            if (organ.Length > 0) return OrganLine().IsMatch(organ) ? ($"{organ} {date}印发", 1) : null;
            if (i > 0 && items[i - 1] is ParagraphBlock { Text: var above } && OrganLine().IsMatch(TextCleaner.Compact(above)))
                return null; // the organ stands on the line above: reported from there
            return ($"{date}印发", 1);
        }
        if (OrganLine().IsMatch(TextCleaner.Compact(text)) && i + 1 < items.Count && items[i + 1] is ParagraphBlock { Text: var below }
            && PrintedBy().Match(below) is { Success: true } d && d.Groups["organ"].Value.Trim().Length == 0)
            return ($"{TextCleaner.Compact(text)} {TextCleaner.Compact(d.Groups["date"].Value)}印发", 2);
        return null;
    }

    [GeneratedRegex(@"^抄\s*送[：:]")]
    private static partial Regex CopyTo();

    [GeneratedRegex(@"^(?<organ>.*?)\s*(?<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*印\s*发$")]
    private static partial Regex PrintedBy();

    [GeneratedRegex(@"^[^。，；：:、！？,;.\d《》“”]{2,40}$")]
    private static partial Regex OrganLine();
}
