using SiteGen.Search;

namespace SiteGen.Tests.Search;

/// <summary>The search's memory outside the collected heap (OffHeapLists, NativeBuffer) gives back exactly what was put in.</summary>
public sealed class OffHeapTests
{
    [Fact]
    public void Lists_ComeBackAsAdded_AcrossBlocks_EmptyAndOversizedOnesToo()
    {
        var random = new Random(11);
        var expected = new List<int[]>();
        using var lists = new OffHeapLists<int>();
        // Lengths that fill blocks unevenly, empty lists, and one longer than a block (2^20).
        foreach (var length in Enumerable.Range(0, 400).Select(i => i % 37 == 0 ? 0 : random.Next(20_000)).Append(1_500_000).Concat([3, 0, 700_000, 900_000]))
        {
            var items = Enumerable.Range(0, length).Select(_ => random.Next()).ToArray();
            expected.Add(items);
            lists.Add(items);
        }
        Assert.Equal(expected.Count, lists.Count);
        for (var i = 0; i < expected.Count; i++) Assert.True(lists[i].SequenceEqual(expected[i]), $"list {i} ({expected[i].Length} items) differs");
    }

    [Fact]
    public void AfterDispose_NoListCanBeRead()
    {
        var lists = new OffHeapLists<uint>();
        lists.Add([1u, 2u]);
        lists.Dispose();
        Assert.Throws<ObjectDisposedException>(() => lists[0].Length);
        lists.Dispose();
    }

    [Fact]
    public void NativeBuffer_HoldsWhatIsWritten_UntilDisposed()
    {
        var buffer = new NativeBuffer<int>(3_000_000);
        var span = buffer.Span;
        for (var i = 0; i < span.Length; i++) span[i] = i * 7;
        Assert.Equal(3_000_000, buffer.Length);
        Assert.Equal(20_999_993, buffer.Span[^1]);
        Assert.True(buffer.Span[1000..1003].SequenceEqual([7000, 7007, 7014]));
        buffer.Dispose();
        Assert.Throws<ObjectDisposedException>(() => buffer.Span.Length);
        buffer.Dispose();
        Assert.Equal(0, new NativeBuffer<int>(0).Span.Length);
    }
}
