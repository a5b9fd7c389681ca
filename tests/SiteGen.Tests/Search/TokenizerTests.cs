using SiteGen.Search;

namespace SiteGen.Tests.Search;

public class TokenizerTests
{
    [Theory]
    [InlineData("示政办发〔2019〕16号")]
    [InlineData("示政办发[2019]16号")]
    [InlineData("示政办发（2019）16号")]
    [InlineData("示政办发﹝2019﹞16号")]
    [InlineData("示政办发【2019】16号")]
    [InlineData("示政辦發〔２０１９〕１６號")]
    public void DocNumberBracketWidthAndTraditionalForms_GiveTheSameTerms(string typed) =>
        Assert.Equal(["示政", "政办", "办发", "发2019", "2019 16", "16号"], Tokenizer.QueryTerms(typed));

    [Fact]
    public void ChineseRuns_BecomeOverlappingPairs_AndPunctuationOnlySeparates() =>
        Assert.Equal(["营商", "商环", "环境", "境通", "通知"], Tokenizer.QueryTerms("营商环境。通知"));

    [Fact]
    public void LatinWords_AreFoldedToLowerCase_AndPairedWithNeighbours() =>
        Assert.Equal(["ipv6改", "改造"], Tokenizer.QueryTerms("ＩＰｖ６改造"));

    [Fact]
    public void OneUnitQuery_LooksUpThatUnit()
    {
        Assert.Equal(["税"], Tokenizer.QueryTerms("税"));
        Assert.Equal(["2019"], Tokenizer.QueryTerms(" 2019 "));
        Assert.Empty(Tokenizer.QueryTerms("。，！"));
    }

    [Fact]
    public void Titles_AlsoIndexSingleCharacters_BodiesDoNot()
    {
        var title = new List<string>();
        Assert.Equal(4, Tokenizer.Terms("关于通知", hanUnigrams: true, title));
        Assert.Contains("通", title);
        var body = new List<string>();
        Tokenizer.Terms("关于通知", hanUnigrams: false, body);
        Assert.Equal(["关于", "于通", "通知"], body);
    }

    [Fact]
    public void Folding_MapsFullWidthCaseAndCommonTraditional_OneCharacterForOne()
    {
        Assert.Equal("abc123 国务院办公厅关于", Folding.Fold("ＡＢＣ１２３　國務院辦公廳關於"));
        Assert.Equal(0, Folding.Table.Length % 2);
        Assert.All(Folding.Table, c => Assert.True(Tokenizer.IsHan(c), $"U+{(int)c:X4}"));
    }
}
