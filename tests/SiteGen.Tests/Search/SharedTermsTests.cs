using SiteGen.Search;

namespace SiteGen.Tests.Search;

/// <summary>
/// The build reads every text's terms once, while the pages render (<see cref="TermFeed"/>), in
/// whatever order the rendering threads finish them; the site's index and each offline copy's are
/// made from those terms. Each must be the same files as an index that read its documents alone.
/// </summary>
public sealed class SharedTermsTests
{
    private static readonly string Han = "政府信息公开工作要点关于印发实施方案的通知区人民办公室财政预算决算审计整改公共资源交易环境保护教育卫生健康";

    /// <summary>Documents with titles, 文号 and bodies of varied length (one empty); the even ones (the "bulletin") have longer bodies.</summary>
    private static List<SearchDocument> Corpus(int count)
    {
        var random = new Random(20261126);
        string Text(int length)
        {
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                var r = random.Next(40);
                chars[i] = r < 30 ? Han[random.Next(Han.Length)] : r < 33 ? (char)('0' + random.Next(10)) : r < 36 ? (char)('a' + random.Next(26)) : r < 38 ? '，' : ' ';
            }
            return new string(chars);
        }
        return Enumerable.Range(0, count).Select(i => new SearchDocument
        {
            Id = $"doc-{i:000}",
            Url = $"doc-{i:000}.html",
            Title = Text(8 + random.Next(20)),
            DocNumber = i % 3 == 0 ? null : $"示政发〔20{10 + i % 15}〕{i}号",
            Date = new DateTime(2010, 1, 1).AddDays(random.Next(5000)),
            Column = "政策文件",
            Organ = "示例区人民政府",
            Validity = "有效",
            Body = i == 3 ? "" : Text(i % 2 == 0 ? 400 + random.Next(1600) : 20 + random.Next(300)),
        }).ToList();
    }

    private static Dictionary<string, byte[]> Files(IReadOnlyList<SearchDocument> docs, TermCollector? terms)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        SearchIndexWriter.Write(docs, "", (path, bytes) => { lock (files) files[path] = bytes; }, terms);
        return files;
    }

    [Theory]
    [InlineData("推进政务公开标准化规范化，全面完成网站整合。")]
    [InlineData("推进 IPv6 规模部署，2019 年完成 id 与 ab 两项 10 个评价指标，营商环境评价")]
    [InlineData("ab cd ef gh ij kl mn 12 34 56 政务 公开 标准 化规 范化")]
    public void BodyFingerprintsAsRead_AreTheTextsFingerprints(string body)
    {
        // The collector reads pairs through its pair table (two-character terms, including
        // two-letter words and numbers, which are terms but not pairs) and the rest through a
        // dictionary; the fingerprints must be those of the text's pairs alone, as a query's are.
        var terms = new TermCollector();
        terms.Add("a", "标题 ab 12", "示政发〔2019〕1号", body);
        terms.Add("b", "另一标题", null, body);
        Assert.Equal(Adjacency.Fingerprints(body), terms.FingerprintsOf(terms.Number("a")).Distinct().Order());
        Assert.Equal(Adjacency.Fingerprints(body), terms.FingerprintsOf(terms.Number("b")).Distinct().Order());
    }

    [Fact]
    public void IndexesFromTermsReadOnceWhileRendering_AreTheFilesOfIndexesThatReadTheirDocumentsAlone()
    {
        var docs = Corpus(120);
        using var feed = new TermFeed();
        // Posted from several threads in a scrambled order, as the rendering threads do.
        Parallel.ForEach(docs.OrderBy(d => d.Id.GetHashCode(StringComparison.Ordinal)), d => feed.Post(d.Id, d.Title, d.DocNumber, d.Body));
        var terms = feed.Finish();

        var bulletin = docs.Where((_, i) => i % 2 == 0).ToList();
        var small = docs.Take(7).ToList();
        foreach (var subset in new[] { docs, bulletin, small })
        {
            var alone = Files(subset, null);
            var shared = Files(subset, terms);
            Assert.Equal(alone.Keys.Order(StringComparer.Ordinal), shared.Keys.Order(StringComparer.Ordinal));
            foreach (var (path, bytes) in alone) Assert.True(bytes.AsSpan().SequenceEqual(shared[path]), $"{subset.Count} documents: {path} differs");
        }
        // Each dictionary shard lists its terms in ordinal order.
        foreach (var (path, bytes) in Files(docs, terms).Where(f => f.Key.StartsWith("search/t/", StringComparison.Ordinal)))
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            using var shard = System.Text.Json.JsonDocument.Parse(text[(text.IndexOf(',') + 1)..text.LastIndexOf(')')]);
            var names = shard.RootElement.EnumerateObject().Select(p => p.Name).ToList();
            Assert.True(names.Count > 0, $"{path} is empty");
            Assert.Equal(names.Order(StringComparer.Ordinal), names);
        }
        // The longer bodies of the "bulletin" make a different number of fingerprint buckets than
        // the whole set's, so the buckets are not the whole index's filtered.
        Assert.NotEqual(Buckets(Files(docs, terms)), Buckets(Files(bulletin, terms)));
    }

    [Fact]
    public void AnIndexOfSomeOfTheDocuments_HoldsEachTermsDocumentsPerField_ItsFrequency_AndTheFingerprintBuckets()
    {
        var docs = Corpus(60);
        var terms = TermCollector.Of(docs.AsEnumerable().Reverse());
        var subset = docs.Where((_, i) => i % 3 != 1).ToList();
        using var index = terms.Index(subset.ConvertAll(d => terms.Number(d.Id)));

        // The same read naively: each field's terms, document by document.
        var expected = new Dictionary<string, SortedSet<int>[]>(StringComparer.Ordinal);
        void Put(string term, int field, int doc)
        {
            if (!expected.TryGetValue(term, out var fields)) expected[term] = fields = [[], [], []];
            fields[field].Add(doc);
        }
        for (var d = 0; d < subset.Count; d++)
        {
            var title = new List<string>();
            Tokenizer.Terms(subset[d].Title, hanUnigrams: true, title);
            foreach (var t in title.Append(SearchIndexWriter.TitleKey(subset[d].Title))) Put(t, 0, d);
            var number = new List<string>();
            Tokenizer.Terms(subset[d].DocNumber ?? "", hanUnigrams: true, number);
            foreach (var t in number) Put(t, 1, d);
            var body = new List<string>();
            Tokenizer.Terms(subset[d].Body, hanUnigrams: false, body);
            foreach (var t in body) Put(t, 2, d);
        }
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), index.Names.Order(StringComparer.Ordinal));
        // Every term once, in ordinal order (the order each shard file lists its terms in).
        Assert.Equal(index.Names.Order(StringComparer.Ordinal), index.ByName.Select(i => index.Names[i]));
        for (var id = 0; id < index.Names.Count; id++)
        {
            var fields = expected[index.Names[id]];
            for (var f = 0; f < 3; f++) Assert.Equal(fields[f], index.Postings(id, f).ToArray());
            Assert.Equal(fields.SelectMany(x => x).Distinct().Count(), index.Df[id]);
        }
        var mask = (uint)index.Buckets - 1;
        var buckets = subset.ConvertAll(d => Adjacency.Fingerprints(d.Body).Select(p => (int)(p & mask)).ToHashSet());
        for (var b = 0; b < index.Buckets; b++)
            Assert.Equal(Enumerable.Range(0, subset.Count).Where(d => buckets[d].Contains(b)), index.BucketPostings(b).ToArray());
    }

    private static string Buckets(Dictionary<string, byte[]> files)
    {
        var manifest = System.Text.Encoding.UTF8.GetString(files["search/manifest.js"]);
        var at = manifest.IndexOf("\"fp\":", StringComparison.Ordinal);
        Assert.True(at >= 0, "the manifest has no bucket count");
        return manifest[at..manifest.IndexOf(',', at)];
    }

    [Fact]
    public async Task TermFeed_StoppedWithoutFinish_EndsItsThread_AndAFailureReachesFinish()
    {
        var stopped = new TermFeed();
        stopped.Post("a", "标题", null, "正文内容");
        await Task.Run(stopped.Dispose).WaitAsync(TimeSpan.FromSeconds(10));

        using var failing = new TermFeed();
        failing.Post("a", "标题", null, "正文");
        failing.Post("a", "标题", null, "正文");
        var error = Assert.Throws<InvalidOperationException>(() => failing.Finish());
        Assert.Contains("document a added twice", error.Message, StringComparison.Ordinal);
    }
}
