namespace SiteGen.Search;

/// <summary>
/// Lists of numbers kept for the whole build in memory the garbage collector does not manage: the
/// term collector's per-document entries and fingerprints (about 130 MB at 20,000 documents), made
/// while the pages render and read only by the indexes after them. As arrays on the heap they
/// survived every collection during rendering and were copied twice, into generation 1 and then
/// 2 — a large part of those pauses, which stop both processors. Pinned arrays instead made the
/// collector run full collections for their sake. The lists are packed into
/// <see cref="NativeBuffer{T}"/> blocks, freed by <see cref="Dispose"/> (or by their finalizers
/// when an owner forgets).
/// </summary>
internal sealed class OffHeapLists<T> : IDisposable where T : unmanaged
{
    /// <summary>Elements per block (4 MB of ints); a longer list gets a block of its own.</summary>
    private const int BlockLength = 1 << 20;

    private readonly List<NativeBuffer<T>> _blocks = [];
    private readonly List<(int Block, int Start, int Length)> _lists = [];
    private int _used = BlockLength;
    private bool _freed;

    public int Count => _lists.Count;

    /// <summary>Appends a copy of <paramref name="items"/> as list number <see cref="Count"/> − 1.</summary>
    public void Add(ReadOnlySpan<T> items)
    {
        ObjectDisposedException.ThrowIf(_freed, this);
        if (items.IsEmpty)
        {
            _lists.Add((-1, 0, 0));
            return;
        }
        if (_used + items.Length > BlockLength)
        {
            _blocks.Add(new NativeBuffer<T>(Math.Max(BlockLength, items.Length)));
            _used = 0;
        }
        var block = _blocks.Count - 1;
        items.CopyTo(_blocks[block].Span[_used..]);
        _lists.Add((block, _used, items.Length));
        _used += items.Length;
    }

    /// <summary>List <paramref name="index"/>, valid until <see cref="Dispose"/>.</summary>
    public ReadOnlySpan<T> this[int index]
    {
        get
        {
            ObjectDisposedException.ThrowIf(_freed, this);
            var (block, start, length) = _lists[index];
            return block < 0 ? [] : _blocks[block].Span.Slice(start, length);
        }
    }

    public void Dispose()
    {
        _freed = true;
        foreach (var block in _blocks) block.Dispose();
        _blocks.Clear();
    }
}
