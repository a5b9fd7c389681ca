namespace SiteGen.Search;

/// <summary>
/// An append-only list in fixed blocks of 2^20 items: growing it never copies, so building the
/// index's tens of millions of entries allocates each byte once (a doubling list allocated twice
/// as much, and every large allocation can start a full garbage collection of the whole build).
/// </summary>
internal sealed class BlockList<T> where T : unmanaged
{
    private const int Shift = 20;
    private readonly List<T[]> _blocks = [];
    private T[] _current = [];
    private int _used;

    public int Count { get; private set; }

    public void Add(T item)
    {
        if (_used == _current.Length)
        {
            _current = GC.AllocateUninitializedArray<T>(1 << Shift);
            _blocks.Add(_current);
            _used = 0;
        }
        _current[_used++] = item;
        Count++;
    }

    /// <summary>The items in order, one block at a time.</summary>
    public IEnumerable<ReadOnlyMemory<T>> Blocks()
    {
        for (var b = 0; b < _blocks.Count; b++) yield return _blocks[b].AsMemory(0, Math.Min(1 << Shift, Count - (b << Shift)));
    }
}
