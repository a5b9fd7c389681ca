namespace SiteGen.Search;

/// <summary>
/// An append-only list in fixed blocks of 2^20 items: growing it never copies, so building the
/// index's tens of millions of entries allocates each byte once (a doubling list allocated twice
/// as much, and every large allocation can start a full garbage collection of the whole build).
/// </summary>
internal sealed class BlockList<T> where T : unmanaged
{
    private const int Shift = 20;
    private const int Mask = (1 << Shift) - 1;
    private readonly List<T[]> _blocks = [];

    public int Count { get; private set; }

    public void Add(T item)
    {
        if ((Count & Mask) == 0 && Count >> Shift == _blocks.Count) _blocks.Add(GC.AllocateUninitializedArray<T>(1 << Shift));
        _blocks[Count >> Shift][Count & Mask] = item;
        Count++;
    }

    public T this[int index] => _blocks[index >> Shift][index & Mask];
}
