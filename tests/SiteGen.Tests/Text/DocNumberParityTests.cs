using System.Text.Json;
using Jint;
using SiteGen.Tests.Infrastructure;
using SiteGen.Text;

namespace SiteGen.Tests.Text;

/// <summary>
/// The 文号 normaliser exists twice: Text/DocNumber.cs for pages, lints and import, and
/// gongbao-db.js for what a reader types into the 公报 and policy search. One case list, each with
/// its expected form, is checked against both, so they cannot drift apart (they once differed on
/// 〖〗 and leading zeros).
/// </summary>
public sealed class DocNumberParityTests
{
    /// <summary>Typed → normalised: GB/T 9704's 〔year〕number号, without leading zeros.</summary>
    public static readonly TheoryData<string, string> Cases = new()
    {
        { "示政办发〔2019〕16号", "示政办发〔2019〕16号" },
        // Every bracket editors type for the year becomes 六角括号, also mixed ones.
        { "示政办发[2019]16号", "示政办发〔2019〕16号" },
        { "示政办发［2019］16号", "示政办发〔2019〕16号" },
        { "示政办发（2019）16号", "示政办发〔2019〕16号" },
        { "示政办发(2019)16号", "示政办发〔2019〕16号" },
        { "示政办发﹝2019﹞16号", "示政办发〔2019〕16号" },
        { "示政办发【2019】16号", "示政办发〔2019〕16号" },
        { "示政办发〖2019〗16号", "示政办发〔2019〕16号" },
        { "示政办发[2019〕16号", "示政办发〔2019〕16号" },
        // Leading zeros go, zeros inside or at the end stay, a lone 0 stays.
        { "示政办发〖2019〗007号", "示政办发〔2019〕7号" },
        { "示政办发［2019］016号", "示政办发〔2019〕16号" },
        { "示政字〔2020〕100号", "示政字〔2020〕100号" },
        { "示政办函〔2025〕0号", "示政办函〔2025〕0号" },
        // Spaces, ASCII and ideographic, inside the brackets and before 号 go; around the whole are trimmed.
        { "示政办发(2019) 0016 号", "示政办发〔2019〕16号" },
        { "示政发 〔 2021 〕 3 号", "示政发 〔2021〕3号" },
        { "示政发　〔2021〕　3号", "示政发　〔2021〕3号" },
        { "  示政发〔2026〕11号  ", "示政发〔2026〕11号" },
        { "　示政发〔2026〕11号　", "示政发〔2026〕11号" },
        // Full-width digits are not digits to either side: the text is left as typed (the lint then says nothing).
        { "示政办发〔２０１９〕１６号", "示政办发〔２０１９〕１６号" },
        { "示政办发[２０１９]０１６号", "示政办发[２０１９]０１６号" },
        // 第…号 and other forms without a bracketed year are left alone; every bracketed number in a text is normalised.
        { "示政发〔2019〕第16号", "示政发〔2019〕第16号" },
        { "第16号", "第16号" },
        { "示政办发2019年16号", "示政办发2019年16号" },
        { "第〔2019〕01号与〔2020〕002号", "第〔2019〕1号与〔2020〕2号" },
        { "", "" },
    };

    private static readonly Lazy<Engine> Browser = new(() =>
    {
        var engine = new Engine(o => o.LimitRecursion(256).TimeoutInterval(TimeSpan.FromSeconds(5)));
        engine.Execute("var window = globalThis; var self = globalThis;");
        engine.Execute(File.ReadAllText(Path.Combine(Repo.Root, "themes/default/static/js/gongbao-db.js")));
        return engine;
    });

    private static string InBrowser(string function, string argument)
    {
        lock (Browser) return Browser.Value.Evaluate($"GongbaoDBText.{function}({JsonSerializer.Serialize(argument)})").AsString();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void CSharpAndBrowser_NormaliseTheSame(string typed, string expected)
    {
        Assert.Equal(expected, DocNumber.Normalise(typed));
        Assert.Equal(expected, InBrowser("docNumber", typed));
        // What a reader types is matched against stored 文号 in one folded form, whichever bracket they use.
        Assert.Equal(InBrowser("normalize", expected), InBrowser("normalize", typed));
    }
}
