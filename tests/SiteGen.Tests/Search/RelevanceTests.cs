using System.Text.Json;
using SiteGen.Build;
using SiteGen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SiteGen.Tests.Search;

/// <summary>
/// relevance-600.json (written by bench/search/make-queries.py from gencorpus --docs 600 --seed 7
/// --years 2021-2025) run through the browser client: 文号 and full titles must rank first, title
/// fragments and body phrases in the top 3 (bodies are indexed without positions; the client
/// re-ranks complete body matches by phrase fingerprints, see docs/search.md). Prints the mean reciprocal rank.
/// </summary>
[Slow]
public sealed class RelevanceTests(ITestOutputHelper output)
{
    private sealed record Query(string Kind, string Text, string[] Expect, int Rank);

    [Fact]
    public void RelevanceSet_RanksExpectedDocuments()
    {
        using var corpus = new Corpus(600, seed: 7, years: "2021-2025");
        var result = SiteBuilder.Build(new BuildOptions { SourceDir = corpus.Root, OutputDir = corpus.Out, AsOf = new DateOnly(2026, 1, 1) });
        result.NoErrors();
        var client = new JsClient(corpus.Out);
        var queries = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repo.Root, "tests", "SiteGen.Tests", "Search", "relevance-600.json"))).RootElement
            .EnumerateArray().Select(q => new Query(q.GetProperty("kind").GetString()!, q.GetProperty("query").GetString()!,
                q.GetProperty("expect").EnumerateArray().Select(e => e.GetString()!).ToArray(), q.GetProperty("rank").GetInt32())).ToList();
        Assert.True(queries.Count >= 50);
        var reciprocal = 0.0;
        var misses = new List<string>();
        var bodyMisses = 0;
        foreach (var q in queries)
        {
            var urls = client.Urls(q.Text);
            var rank = urls.FindIndex(u => q.Expect.Contains(u)) + 1;
            reciprocal += rank > 0 ? 1.0 / rank : 0;
            if (rank > 0 && rank <= q.Rank) continue;
            if (q.Kind == "body") bodyMisses++;
            misses.Add($"{q.Kind} “{q.Text}”: rank {(rank == 0 ? "> 10" : rank)}");
        }
        output.WriteLine($"MRR {reciprocal / queries.Count:0.000} over {queries.Count} queries; body phrases outside the top 3: {bodyMisses}");
        Assert.Empty(misses);
    }
}
