using System.Text.RegularExpressions;
using Jint;
using SiteGen.Search;
using SiteGen.Tests.Infrastructure;
using SiteGen.Text;

namespace SiteGen.Tests.Text;

/// <summary>The one FNV-1a: the published test vectors, its users in the search index, and the browser's copy in search-core.js.</summary>
public sealed class Fnv1aTests
{
    // FNV-1a 32-bit vectors from the reference test suite (Fowler/Noll/Vo, "fnv1a32"); over ASCII,
    // UTF-16 code units and bytes are the same numbers.
    [Theory]
    [InlineData("", 0x811C9DC5u)]
    [InlineData("a", 0xE40C292Cu)]
    [InlineData("b", 0xE70C2DE5u)]
    [InlineData("foobar", 0xBF9CF968u)]
    public void Hash_MatchesTheReferenceVectors(string text, uint expected) => Assert.Equal(expected, Fnv1a.Hash(text));

    [Fact]
    public void Offset_IsTheHashOfNothing_AndStepsComposeIntoTheHash()
    {
        Assert.Equal(Fnv1a.Offset, Fnv1a.Hash(""));
        var byUnit = "政务公开".Aggregate(Fnv1a.Offset, Fnv1a.Step);
        Assert.Equal(Fnv1a.Hash("政务公开"), byUnit);
        Assert.Equal(Fnv1a.Hash("政务公开"), Fnv1a.Step(Fnv1a.Step(Fnv1a.Offset, "政务"), "公开"));
    }

    [Theory]
    [InlineData("政务")]
    [InlineData("示政发〔2025〕1号")]
    [InlineData("𠮷野家")]
    public void SearchIndexHashes_AreThisHash(string term)
    {
        Assert.Equal(Fnv1a.Hash(term), SearchIndexWriter.Hash(term));
        Assert.Equal(Fnv1a.Hash(term), Adjacency.PairHash(term));
    }

    /// <summary>search-core.js finds a term's shard with its own copy: both must give the same number for every unit, astral ones included.</summary>
    [Theory]
    [InlineData("a")]
    [InlineData("foobar")]
    [InlineData("政务公开")]
    [InlineData("𠮷野家〔2025〕")]
    public void BrowserHash_EqualsThisHash(string term)
    {
        var source = File.ReadAllText(Path.Combine(Repo.Root, "themes", "default", "static", "js", "search-core.js"));
        var function = Regex.Match(source, @"function hash\(term\) \{.*?\n  \}", RegexOptions.Singleline);
        Assert.True(function.Success, "search-core.js no longer has function hash(term)");
        var engine = new Engine();
        engine.Execute(function.Value);
        engine.SetValue("term", term);
        Assert.Equal(Fnv1a.Hash(term), (uint)engine.Evaluate("hash(term)").AsNumber());
    }
}
