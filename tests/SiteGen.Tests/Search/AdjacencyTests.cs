using SiteGen.Search;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Search;

/// <summary>
/// Phrase fingerprints (Adjacency.cs) and the client's re-ranking by them (search-core.js in
/// Jint): both sides must hash the same runs and pick the same window minima, a body holding a
/// phrase must hold all of the phrase's fingerprints, and an exact body phrase must outrank a newer
/// document that merely holds its pairs and shorter pieces scattered.
/// </summary>
public sealed class AdjacencyTests : IDisposable
{
    private const string Phrase = "推进政务公开标准化";
    private readonly TestSite _site = new();
    private readonly JsClient _client;

    public AdjacencyTests()
    {
        _site
            .Doc("exact.md", "title: 关于印发工作要点的通知\ndate: 2020-01-01", "全年要推进政务公开标准化规范化。")
            .Doc("scattered.md", "title: 关于做好年度工作的通知\ndate: 2025-01-01", "一是推进政务公开。二是政务公开标准化。")
            .Doc("latin.md", "title: 关于IPv6部署的通知\ndate: 2021-01-01", "推进 IPv6 规模部署，2019 年完成營商環境评价。");
        _site.Build().NoErrors();
        _client = new JsClient(_site.Out);
    }

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData(Phrase)]
    [InlineData("推进 IPv6 规模部署，2019 年完成營商環境评价")]
    [InlineData("ＩＰＶ６部署Ａ规模部署完成评价")]
    [InlineData("区政府办公室关于进一步做好政府信息公开工作的通知要求各镇街认真落实")]
    public void Fingerprints_AgreeBetweenCSharpAndJs(string text)
    {
        var csharp = Adjacency.Fingerprints(text);
        Assert.NotEmpty(csharp);
        Assert.Equal(csharp, _client.Fingerprints(text));
    }

    [Fact]
    public void ShortQuery_HasNoFingerprints()
    {
        Assert.Empty(Adjacency.Fingerprints("政务公开标准"));       // 6 units: shorter than one window of runs
        Assert.Empty(_client.Fingerprints("政务公开标准"));
        Assert.NotEmpty(Adjacency.Fingerprints("推进政务公开标准"));  // 7 units: one window
        Assert.Equal(7, Adjacency.MinQueryUnits);
    }

    [Fact]
    public void BodyHoldingThePhrase_HoldsAllItsFingerprints_ScatteredPiecesDoNot()
    {
        var query = Adjacency.Fingerprints(Phrase);
        Assert.Subset(Adjacency.Fingerprints("全年要推进政务公开标准化规范化。").ToHashSet(), query.ToHashSet());
        Assert.Subset(Adjacency.Fingerprints("第一，各镇街要推进政务公开标准化，并且定期检查。").ToHashSet(), query.ToHashSet());
        // Scattered: its six-unit runs hold 推进政务公开 and 政务公开标准化 but not 进政务公开标.
        Assert.False(Adjacency.Fingerprints("一是推进政务公开。二是政务公开标准化。").ToHashSet().IsSupersetOf(query));
        Assert.Empty(Adjacency.Fingerprints("，。"));
    }

    [Fact]
    public void ExactBodyPhrase_OutranksNewerScatteredMatch()
    {
        var urls = _client.Urls(Phrase);
        Assert.Equal(["exact.html", "scattered.html"], urls.Where(u => u is "exact.html" or "scattered.html"));
        Assert.Contains(_client.Loaded(), id => id.StartsWith("f/", StringComparison.Ordinal));
        // Sort by date is unaffected: newest first.
        Assert.Equal(["scattered.html", "exact.html"], _client.Urls(Phrase, new { sort = "date" }).Where(u => u is "exact.html" or "scattered.html"));
    }
}
