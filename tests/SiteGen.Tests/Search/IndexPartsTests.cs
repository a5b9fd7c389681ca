using System.Text.Json;
using SiteGen.Search;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Search;

/// <summary>
/// The index's packed parts (SearchIndexWriter, Postings): Rice-coded postings and bitmaps decode to
/// what was encoded, documents are chunked, the exact-title key is hashed alike in C# and in the
/// client, and a query loads a term's postings from its dictionary shard alone (no per-term files).
/// </summary>
public sealed class IndexPartsTests
{
    [Theory]
    [InlineData(new[] { 0 }, 1)]
    [InlineData(new[] { 5 }, 6)]
    [InlineData(new[] { 0, 1, 2, 3 }, 10)]
    [InlineData(new[] { 3, 70, 71, 5000, 5001, 19999 }, 20000)]
    [InlineData(new[] { 1_000_000 }, 1_000_001)]
    public void Postings_RoundTrip(int[] docs, int count)
    {
        var bytes = Postings.Encode(docs, count);
        Assert.Equal(docs, Postings.Decode(bytes));
        Assert.True(bytes.Length <= (count + 7) / 8 + 1, "never larger than the bitmap");
    }

    [Fact]
    public void Postings_DenseIsABitmap_SparseIsRice_EmptyIsEmpty()
    {
        var dense = Enumerable.Range(0, 1000).Where(i => i % 3 != 0).ToArray();
        Assert.Equal(Postings.Bitmap, Postings.Encode(dense, 1000)[0]);
        Assert.Equal(dense, Postings.Decode(Postings.Encode(dense, 1000)));
        var sparse = Enumerable.Range(0, 100).Select(i => i * 20 + i % 7).ToArray();
        var rice = Postings.Encode(sparse, 20000);
        Assert.True(rice[0] >= Postings.Rice);
        Assert.True(rice.Length < 90, $"gaps near 20 take about 6 bits (varints took 8), was {rice.Length} bytes");
        Assert.Equal(sparse, Postings.Decode(rice));
        Assert.Empty(Postings.Encode([], 10));
    }

    [Fact]
    public void Postings_IntoAReusedBuffer_AreTheSameBytes_AndLengthIsKnownBeforehand()
    {
        // The index writer sizes its shards by the forms' lengths and encodes every list into one buffer,
        // which still holds the previous (longer, denser) list's bytes.
        var random = new Random(7);
        var scratch = new byte[4];
        for (var n = 0; n < 300; n++)
        {
            var count = 1 + random.Next(5000);
            var density = random.NextDouble();
            var docs = Enumerable.Range(0, count).Where(_ => random.NextDouble() < density * density).ToArray();
            var expected = Postings.Encode(docs, count);
            Assert.Equal(expected.Length, Postings.FormOf(docs, count).Length);
            Assert.Equal(expected, Postings.Encode(docs, Postings.FormOf(docs, count), ref scratch).ToArray());
        }
    }

    [Fact]
    public void Site_IsChunked_TitleKeysAgree_QueriesLoadShardsNotPostingFiles()
    {
        using var site = new TestSite();
        for (var i = 0; i < 30; i++)
        {
            site.Doc($"d{i:00}.md", $"title: 关于第{i}项工作的通知\ndate: 2020-01-{i + 1:00}", $"第{i}项工作要推进政务公开标准化。");
        }
        site.Doc("exact.md", "title: 关于印发工作要点的通知\ndate: 2019-01-01", "正文。");
        site.Doc("longer.md", "title: 关于印发工作要点的通知的补充说明\ndate: 2024-01-01", "正文。");
        site.Build().NoErrors();
        var search = Path.Combine(site.Out, "search");
        var chunks = Directory.GetFiles(Path.Combine(search, "d"), "*.js");
        Assert.Equal((32 + SearchIndexWriter.DocChunk - 1) / SearchIndexWriter.DocChunk, chunks.Length);
        Assert.False(Directory.Exists(Path.Combine(search, "a")), "no per-document signatures");
        Assert.False(Directory.Exists(Path.Combine(search, "p")), "postings are inline");

        var client = new JsClient(site.Out);
        foreach (var text in new[] { "关于印发工作要点的通知", "ＩＰｖ６ 營商環境", "税" })
        {
            Assert.Equal(SearchIndexWriter.TitleKey(text), client.TitleKey(text));
        }
        // The exact title first, though the longer one (holding it whole) is newer.
        Assert.Equal("exact.html", client.Urls("关于印发工作要点的通知")[0]);
        var loaded = client.Loaded();
        Assert.All(loaded, id => Assert.Matches("^(manifest|facets|t/\\d+|d/\\d+|f/\\d+)$", id));
        // Every result's record comes from its chunk.
        var all = client.Query("通知", new { limit = 40 });
        Assert.Equal(32, all.GetProperty("total").GetInt32());
        Assert.All(all.GetProperty("results").EnumerateArray(), r => Assert.EndsWith(".html", r.GetProperty("url").GetString()));
        Assert.Equal(32, all.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("url").GetString()).Distinct().Count());
    }
}
