using System.Text;

namespace SiteGen.Search;

/// <summary>
/// Character folding shared by the index and the browser (the table travels in the manifest, so
/// the two can never disagree): full-width forms to ASCII (ＡＢＣ１２３ → abc123, what NFKC does
/// for them — .NET's Normalize is a no-op under InvariantGlobalization), ASCII upper to lower
/// case, and the commonest traditional characters to simplified ones (one character to one, so
/// offsets in folded text match the original and snippets can be highlighted in place).
/// </summary>
internal static class Folding
{
    // Pairs traditional→simplified: the characters most often met in government texts typed or
    // pasted in traditional form. Multi-valued mappings (e.g. 乾/干, 後/后 in names) are left out.
    private const string Pairs =
        "國国發发辦办關关於于號号區区會会開开資资訊讯務务與与實实規规劃划單单們们個个為为這这來来時时經经濟济業业農农產产進进設设計计" +
        "廳厅財财稅税醫医療疗學学環环護护問问題题見见條条員员長长門门間间東东車车書书歷历說说話话對对應应將将當当點点現现無无認认" +
        "請请議议論论據据處处理理權权責责製制準准標标際际戰战聯联組组織织機机構构級级統统總总體体內内圖图報报紙纸線线網网電电腦脑" +
        "衛卫範范類类條条邊边廣广場场縣县鄉乡鎮镇社社區区陽阳陰阴億亿萬万歲岁價价費费貨货貿贸幣币銀银鋼钢鐵铁礦矿藥药醫医險险" +
        "災灾難难興兴舉举選选優优勢势態态獎奖罰罚審审計计檢检查查驗验證证營营銷销購购補补貼贴稱称儲储運运輸输鐵铁軌轨驛驿飛飞" +
        "氣气溫温熱热燈灯煙烟湧涌潔洁淨净滅灭漢汉語语詞词讀读寫写聽听講讲識识詢询訪访評评訂订訴诉訟讼譯译貸贷賠赔賦赋質质贊赞" +
        "購购趙赵軍军輕轻較较辭辞農农遠远適适遲迟選选遺遗鄰邻醫医釋释針针鍋锅鏈链長长闊阔隊队階阶隨随雙双雜杂雲云靜静韓韩順顺項项" +
        "領领頭头頻频顧顾風风飯饭養养館馆馬马駐驻驗验體体髮发鬥斗魚鱼鳥鸟鹽盐麥麦黃黄齊齐齒齿龍龙壽寿歸归辦办覺觉觀观親亲";

    private static readonly IReadOnlyDictionary<char, char> Map = BuildMap();

    // Every UTF-16 code unit folded once (128 KB, read-only after start-up): indexing folds every
    // character of every document, and a table read is several times cheaper than the rules.
    private static readonly char[] Folded = BuildFolded();

    /// <summary>The table as "tsts…" (each traditional character followed by its simplified one), for the manifest.</summary>
    public static string Table { get; } = string.Concat(Map.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}{kv.Value}"));

    public static char Fold(char c) => Folded[c];

    private static char Rule(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E') c = (char)(c - 0xFEE0);
        else if (c == '\u3000') return ' ';
        if (c is >= 'A' and <= 'Z') return (char)(c + 32);
        return c < 0x3400 ? c : Map.TryGetValue(c, out var s) ? s : c;
    }

    private static char[] BuildFolded()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++) table[c] = Rule((char)c);
        return table;
    }

    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(Fold(c));
        return sb.ToString();
    }

    private static Dictionary<char, char> BuildMap()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < Pairs.Length; i += 2)
            if (Pairs[i] != Pairs[i + 1] && Pairs[i] >= 0x3400) map[Pairs[i]] = Pairs[i + 1];
        return map;
    }
}
