using SiteGen.Search;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Search;

/// <summary>
/// Adjacency signatures (Adjacency.cs) and the client's re-ranking by them (search-core.js in
/// Jint): both sides must hash the same shingles, and an exact body phrase must outrank a newer
/// document that merely holds its pairs and three-unit pieces scattered.
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

    private static List<uint> CSharpShingles(string text, int length)
    {
        var pairs = new List<string>();
        Tokenizer.Scan(text, hanUnigrams: false, (term, pair) => { if (pair) pairs.Add(term.ToString()); });
        var hashes = new List<uint>();
        for (var i = 0; i + length <= pairs.Count; i++)
        {
            var h = SearchIndexWriter.Hash(Adjacency.Key(pairs, i, length));
            Assert.Equal(h, Adjacency.KeyHash(pairs, i, length));
            if (!hashes.Contains(h)) hashes.Add(h);
        }
        return hashes;
    }

    [Theory]
    [InlineData(Phrase)]
    [InlineData("推进 IPv6 规模部署，2019 年完成營商環境评价")]
    [InlineData("ＩＰＶ６部署Ａ")]
    public void ShingleHashes_AgreeBetweenCSharpAndJs(string text)
    {
        var js = _client.Shingles(text);
        Assert.Equal(Adjacency.Lengths.Length, js.Count);
        for (var k = 0; k < Adjacency.Lengths.Length; k++) Assert.Equal(CSharpShingles(text, Adjacency.Lengths[k]), js[k]);
        Assert.NotEmpty(js[0]);
    }

    [Fact]
    public void Signature_HoldsTheBodysShinglesOnly()
    {
        var signature = VarintBuffer.Base64Url(Adjacency.Signature("全年要推进政务公开标准化规范化。"));
        Assert.All(_client.Adjacency(signature, Phrase), a => Assert.Equal(1.0, a));
        var scattered = VarintBuffer.Base64Url(Adjacency.Signature("一是推进政务公开。二是政务公开标准化。"));
        var shares = _client.Adjacency(scattered, Phrase);
        Assert.Equal(1.0, shares[0]); // every three-unit piece is there…
        Assert.True(shares[1] < 1.0); // …but not the six-unit runs
        Assert.Empty(Adjacency.Signature("，。"));
    }

    [Fact]
    public void ExactBodyPhrase_OutranksNewerScatteredMatch()
    {
        var urls = _client.Urls(Phrase);
        Assert.Equal(["exact.html", "scattered.html"], urls.Where(u => u is "exact.html" or "scattered.html"));
        // Sort by date is unaffected: newest first.
        Assert.Equal(["scattered.html", "exact.html"], _client.Urls(Phrase, new { sort = "date" }).Where(u => u is "exact.html" or "scattered.html"));
    }
}
