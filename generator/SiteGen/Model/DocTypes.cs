namespace SiteGen.Model;

/// <summary>
/// 文种: the kind of an official document, read from the end of its title when front matter sets
/// none (“关于印发……实施方案的通知” is a 通知: the last word names the document itself, the words
/// before it name what it carries). The 15 kinds of the 党政机关公文处理工作条例 (2012), plus the
/// kinds of rules and plans that 行政规范性文件 are issued as.
/// </summary>
internal static class DocTypes
{
    /// <summary>Longest first, so 实施细则 wins over 细则 and 实施意见 over 意见.</summary>
    public static readonly string[] Known =
    [
        "实施意见", "实施办法", "实施细则", "实施方案", "工作方案", "工作要点",
        "决议", "决定", "命令", "公报", "公告", "通告", "意见", "通知", "通报", "报告", "请示", "批复", "议案", "纪要",
        "办法", "规定", "细则", "规则", "条例", "方案", "规划", "计划", "要点", "指南", "措施", "标准", "函", "令",
    ];

    /// <summary>What the kinds above are shown as (a 实施意见 is an 意见 in the 文种 facet).</summary>
    private static readonly Dictionary<string, string> Shown = new(StringComparer.Ordinal)
    {
        ["实施意见"] = "意见", ["实施办法"] = "办法", ["实施细则"] = "细则", ["实施方案"] = "方案", ["工作方案"] = "方案",
        ["工作要点"] = "要点", ["命令"] = "令",
    };

    private static readonly string[] ByLength = [.. Known.OrderByDescending(k => k.Length)];

    /// <summary>
    /// The 文种 a title ends with, or null. Trailing marks that are not part of the name are skipped:
    /// punctuation, spaces and a bracketed note such as （试行）, （征求意见稿） or （2025年修订）.
    /// </summary>
    public static string? FromTitle(string title)
    {
        var end = Core(title);
        foreach (var kind in ByLength)
            if (end.EndsWith(kind, StringComparison.Ordinal)) return Shown.GetValueOrDefault(kind, kind);
        return null;
    }

    private static string Core(string title)
    {
        var t = title.TrimEnd();
        while (true)
        {
            var before = t;
            t = t.TrimEnd(' ', '　', '。', '.', '！', '?', '？', '》', '”', '"');
            if (t.EndsWith('）') || t.EndsWith(')'))
            {
                var open = Math.Max(t.LastIndexOf('（'), t.LastIndexOf('('));
                if (open > 0) t = t[..open];
            }
            if (t == before) return t;
        }
    }
}
