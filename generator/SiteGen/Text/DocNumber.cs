using System.Text.RegularExpressions;

namespace SiteGen.Text;

/// <summary>
/// 发文字号 per GB/T 9704-2012: 机关代字 + year in 六角括号 〔〕 + number + 号, without leading zeros
/// (示政办发〔2019〕16号). Editors type [2019], （2019）, (2019), ﹝2019﹞ or 【2019】; all become 〔2019〕.
/// </summary>
internal static partial class DocNumber
{
    // [0-9], not \d: .NET's \d also matches full-width digits, JavaScript's does not, and gongbao-db.js
    // must normalise exactly as this does (Text/DocNumberParityTests).
    [GeneratedRegex(@"[\[［（(﹝【〔〖]\s*([0-9]{4})\s*[\]］）)﹞】〕〗]\s*0*([0-9]+)\s*号")]
    private static partial Regex YearAndNumber();

    public static string Normalise(string typed)
    {
        var text = typed.Trim();
        return YearAndNumber().Replace(text, m => $"〔{m.Groups[1].Value}〕{m.Groups[2].Value}号");
    }
}
