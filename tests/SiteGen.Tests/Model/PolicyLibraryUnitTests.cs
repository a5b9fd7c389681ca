using System.Text.Json;
using Jint;
using SiteGen.Model;
using SiteGen.Tests.Infrastructure;
using SiteGen.Text;

namespace SiteGen.Tests.PolicyLibrary;

/// <summary>文种 from titles, and the browser's 文号 normaliser (gongbao-db.js) against DocNumber.cs.</summary>
public sealed class PolicyLibraryUnitTests
{
    [Theory]
    [InlineData("示例区人民政府办公室关于印发示例区城镇老旧小区改造实施方案的通知", "通知")]
    [InlineData("示例区促进民营经济发展的若干措施", "措施")]
    [InlineData("示例区政府投资项目管理办法（试行）", "办法")]
    [InlineData("关于进一步优化营商环境的实施意见", "意见")]
    [InlineData("示例区行政规范性文件管理规定（2025年修订）。", "规定")]
    [InlineData("示例区人民政府关于同意设立示例区文化馆分馆的批复", "批复")]
    [InlineData("示例区2025年工作要点", "要点")]
    [InlineData("区长主持召开第12次常务会议", null)]
    public void DocType_IsReadFromTheEndOfTheTitle(string title, string? expected) =>
        Assert.Equal(expected, DocTypes.FromTitle(title));

    public static readonly TheoryData<string> Numbers = new()
    {
        "示政办发〔2019〕16号", "示政办发[2019]16号", "示政办发［2019］016号", "示政办发（2019）16号", "示政办发(2019) 0016 号",
        "示政办发﹝2019﹞16号", "示政办发【2019】16号", "示政办发〖2019〗16号", "示政办发〖2019〗007号", "  示政发〔2026〕11号  ",
        "示政字〔2020〕100号", "示政办函〔2025〕0号", "示政发 〔 2021 〕 3 号", "示政办发2019年16号", "", "第〔2019〕01号与〔2020〕002号",
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void BrowserDocNumber_AgreesWithDocNumberCs(string typed)
    {
        var engine = new Engine(o => o.LimitRecursion(256).TimeoutInterval(TimeSpan.FromSeconds(5)));
        engine.Execute("var window = globalThis; var self = globalThis;");
        engine.Execute(File.ReadAllText(Path.Combine(Repo.Root, "themes/default/static/js/gongbao-db.js")));
        var arg = JsonSerializer.Serialize(typed);
        var browser = engine.Evaluate($"GongbaoDBText.docNumber({arg})").AsString();
        Assert.Equal(DocNumber.Normalise(typed), browser);
        // What a reader types is matched against stored 文号 in the same folded form, whichever bracket they use.
        var folded = engine.Evaluate($"GongbaoDBText.normalize({arg})").AsString();
        var foldedStored = engine.Evaluate($"GongbaoDBText.normalize({JsonSerializer.Serialize(DocNumber.Normalise(typed))})").AsString();
        Assert.Equal(foldedStored, folded);
    }
}
