using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Text;

namespace SiteGen.Import;

/// <summary>What the importer found in a finished government document; null where it could not tell.</summary>
internal sealed record ParsedDocument(string? Title, string? DocNumber, string? Organ, DateOnly? Written, string? Disclosure, IReadOnlyList<Block> Body);

/// <summary>
/// Finds the parts of a 公文 (GB/T 9704-2012) in its blocks: the 版头 (红头 “……文件” and 发文字号),
/// the title (with the 发文机关 line printed above a “关于……” title, and the 发文字号 printed
/// below it as 政府公报 and websites do), the signature block (发文机关署名 and 成文日期, which end
/// the body), the 公开属性 line (“政府信息公开选项：主动公开”, “（此件公开发布）”) and the 版记
/// (抄送, 印发), which is kept as one block at the end. Sentences split by a page break are joined
/// first. Everything else is the body.
/// </summary>
internal static partial class GovDocumentParser
{
    public static ParsedDocument Parse(IReadOnlyList<Block> blocks)
    {
        var items = PageBreaks.Join(blocks);
        string? docNumber = null, organFromHead = null, disclosure = null;

        // 公开属性 may stand anywhere (usually after the date, or at the top); the line itself is not body.
        for (var i = items.Count - 1; i >= 0; i--)
            if (items[i] is ParagraphBlock p && DisclosureOf(p.Text) is { } d) { disclosure ??= d; items.RemoveAt(i); }
        var record = DocumentRecord.Extract(items);

        // 版头: 份号, 密级, 紧急程度, 红头 and 发文字号, before the title. Its lines are often letter-spaced.
        var at = 0;
        string? organTitle = null;
        while (at < items.Count && at < 8 && items[at] is ParagraphBlock { Text: var raw })
        {
            var text = TextCleaner.Compact(raw);
            if (DocNumberIn().Match(text) is { Success: true } m && text.Length <= 50) docNumber ??= DocNumber.Normalise(m.Value);
            else if (RedHead().Match(text) is { Success: true } h) organFromHead ??= h.Groups[1].Value;
            // The issuing organ(s) printed on their own line(s) above “关于……的通知”: the first part of the title.
            else if (OrganTitleStart(items, at) is { } organs)
            {
                organFromHead ??= organs[0];
                organTitle = string.Concat(organs);
                at += organs.Count;
                break;
            }
            // A 发文机关标志 without “文件” (通告, 公告 often start so): an organ's name standing alone above the title.
            else if (OrganName().IsMatch(text) && at + 1 < items.Count && items[at + 1] is ParagraphBlock) organFromHead ??= text;
            else if (!Preamble().IsMatch(text)) break;
            at++;
        }

        string? title = null;
        if (at < items.Count && items[at] is ParagraphBlock first && !IsHeading(first.Text) && first.Text.Length <= 80)
        {
            title = TextCleaner.Compact(first.Text);
            at++;
            while (at < items.Count && items[at] is ParagraphBlock next && ContinuesTitle(title, first.Centered, next with { Text = TextCleaner.Compact(next.Text) }))
            {
                title += TextCleaner.Compact(next.Text);
                at++;
            }
            title = organTitle + title;
            // 发文字号 printed under the title (政府公报, websites), plain or in brackets, maybe after a date line.
            for (var look = at; look < Math.Min(at + 2, items.Count) && items[look] is ParagraphBlock { Text: var below }; look++)
            {
                if (DocNumberLine().Match(TextCleaner.Compact(below)) is not { Success: true } n) continue;
                docNumber ??= DocNumber.Normalise(n.Groups["n"].Value);
                items.RemoveAt(look);
                break;
            }
        }

        var body = items.Skip(at).ToList();
        var (organ, written) = SignatureBlock(body);
        if (record is not null) body.Add(record);
        return new ParsedDocument(title, docNumber, organ ?? organFromHead, written, disclosure, body);
    }

    /// <summary>
    /// One to three organ lines followed by a line that starts a title (关于……, 印发……, 转发……):
    /// GB/T 9704 titles name the issuing organ first, and documents often print it on a line of its own.
    /// </summary>
    private static List<string>? OrganTitleStart(List<Block> items, int at)
    {
        var organs = new List<string>();
        for (var i = at; i < items.Count && organs.Count <= 3 && items[i] is ParagraphBlock { Text: var raw }; i++)
        {
            var text = TextCleaner.Compact(raw);
            if (organs.Count > 0 && TitleStart().IsMatch(text)) return organs;
            if (!OrganName().IsMatch(text) || RedHead().IsMatch(text)) return null;
            organs.Add(text);
        }
        return null;
    }

    private static bool ContinuesTitle(string title, bool centered, ParagraphBlock next)
    {
        if (next.Text.EndsWith('：') || next.Text.EndsWith(':') || IsHeading(next.Text) || DocNumberIn().IsMatch(next.Text)) return false;
        if (centered) return next.Centered;
        return !TitleEnd().IsMatch(title) && next.Text.Length <= 30 && !next.Text.EndsWith('。');
    }

    /// <summary>发文机关署名 + 成文日期: the first date line after some body text with a short organ line above it. Both leave the body.</summary>
    private static (string? Organ, DateOnly? Written) SignatureBlock(List<Block> body)
    {
        for (var i = 1; i < body.Count; i++)
        {
            if (body[i] is not ParagraphBlock { Text: var text } || ParseDate(text) is not { } date) continue;
            var organs = new List<string>();
            var j = i - 1;
            while (j >= 1 && organs.Count < 3 && body[j] is ParagraphBlock { Text: var o } && OrganLine().IsMatch(o) && !IsHeading(o)) { organs.Insert(0, o); j--; }
            if (organs.Count == 0 && (i < 2 || body[i - 1] is not ParagraphBlock)) continue;
            body.RemoveRange(j + 1, i - j);
            return (organs.Count == 0 ? null : string.Join("、", organs), date);
        }
        return (null, null);
    }

    public static bool IsHeading(string text) => ChineseHeading().IsMatch(text) || SubHeading().IsMatch(text);

    public static string? DisclosureOf(string text)
    {
        var m = DisclosureLine().Match(text);
        if (!m.Success) return null;
        var value = m.Groups["v"].Value;
        return value switch
        {
            "主动公开" or "公开发布" => "主动公开",
            "依申请公开" => "依申请公开",
            _ => "不予公开",
        };
    }

    public static DateOnly? ParseDate(string text)
    {
        var m = DateLine().Match(text.Replace(" ", ""));
        if (!m.Success) return null;
        var year = ChineseNumber(m.Groups["y"].Value, digits: true);
        var month = ChineseNumber(m.Groups["m"].Value, digits: false);
        var day = ChineseNumber(m.Groups["d"].Value, digits: false);
        return year is > 1900 and < 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>Arabic digits, or Chinese numerals: digit by digit for years (二〇二五), with 十 for months and days (二十六).</summary>
    private static int ChineseNumber(string s, bool digits)
    {
        s = s.Normalize(System.Text.NormalizationForm.FormKC);
        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        const string Digits = "〇一二三四五六七八九";
        int Digit(char c) => c is '零' or '○' or 'O' or 'o' ? 0 : Digits.IndexOf(c);
        if (digits) return s.Aggregate(0, (acc, c) => Digit(c) < 0 ? -1 : acc * 10 + Digit(c));
        var ten = s.IndexOf('十');
        if (ten < 0) return s.Length == 1 ? Digit(s[0]) : -1;
        var tens = ten == 0 ? 1 : Digit(s[0]);
        var ones = ten == s.Length - 1 ? 0 : Digit(s[^1]);
        return tens * 10 + ones;
    }

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}A-Za-z]{1,20}\s*[〔\[［（(﹝【〖]\s*\d{4}\s*[〕\]］）)﹞】〗]\s*\d+\s*号")]
    private static partial Regex DocNumberIn();

    [GeneratedRegex(@"^(.{2,30}?)\s*文件$")]
    private static partial Regex RedHead();

    // 份号 (000123), 密级 and 保密期限, 紧急程度, 签发人: lines of the 版头 before the title.
    [GeneratedRegex(@"^(\d{6}|(绝密|机密|秘密)(★.*)?|特急|加急|平急|签发人[：:].*)$")]
    private static partial Regex Preamble();

    [GeneratedRegex(@"(通知|通告|公告|意见|办法|决定|规定|方案|批复|报告|函|纪要|细则|规划|要点|计划|命令|决议|议案|公报|条例|规则|答复|解读|情况)$")]
    private static partial Regex TitleEnd();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、")]
    private static partial Regex ChineseHeading();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]")]
    private static partial Regex SubHeading();

    [GeneratedRegex(@"^(?!关于)[^。，；：:、！？,;.\d《》“”]{2,28}(人民政府|政府|办公室|办公厅|局|委员会|厅|部|院|中心|管委会|办事处)$")]
    private static partial Regex OrganName();

    [GeneratedRegex(@"^[^。，；：:、！？,;.\d]{2,30}$")]
    private static partial Regex OrganLine();

    [GeneratedRegex(@"^(?<y>[\d０-９〇零○OoＯ一二三四五六七八九]{4})年(?<m>[\d０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?<d>[\d０-９]{1,2}|[一二三四五六七八九十]{1,3})日$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^[（(]?\s*(政府信息公开(选项|属性|方式)[：:]\s*(?<v>主动公开|依申请公开|不予公开|不公开)|此件(?<v>公开发布|主动公开|依申请公开|不予公开|不公开))\s*[）)]?$")]
    private static partial Regex DisclosureLine();

    [GeneratedRegex(@"^(关于|印发|转发|批转)")]
    private static partial Regex TitleStart();

    // A line that is only a 发文字号, perhaps in brackets: `示政办发〔2019〕16号`, `（示政办发〔2019〕16号）`.
    [GeneratedRegex(@"^[（(]?(?<n>[\p{IsCJKUnifiedIdeographs}A-Za-z]{1,20}[〔\[［（(﹝【〖]\d{4}[〕\]］）)﹞】〗]\d+号)[）)]?$")]
    private static partial Regex DocNumberLine();
}
