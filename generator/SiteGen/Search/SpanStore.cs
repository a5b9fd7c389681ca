namespace SiteGen.Search;

/// <summary>
/// Many short runs of numbers (each document's term numbers, its fingerprints) kept one after
/// another in a few large blocks. An array per document (40,000 at 20,000 documents, kept to the
/// end of the build) was copied by the garbage collector each time it moved up a generation; a
/// large block is allocated once and never moved. Append-only; one thread appends.
/// </summary>
internal sealed class SpanStore<T> where T : unmanaged
{
    private const int BlockSize = 1 << 20;
    private readonly List<T[]> _blocks = [];
    private readonly List<(int Block, int Start, int Length)> _runs = [];
    private T[] _current = [];
    private int _used;

    public int Count => _runs.Count;

    /// <summary>Run <paramref name="index"/> (the order of <see cref="Add"/>).</summary>
    public ReadOnlySpan<T> this[int index]
    {
        get
        {
            var (block, start, length) = _runs[index];
            return length == 0 ? [] : _blocks[block].AsSpan(start, length);
        }
    }

    public void Add(ReadOnlySpan<T> run)
    {
        if (run.IsEmpty)
        {
            _runs.Add((0, 0, 0));
            return;
        }
        if (run.Length > _current.Length - _used)
        {
            _current = GC.AllocateUninitializedArray<T>(Math.Max(BlockSize, run.Length));
            _blocks.Add(_current);
            _used = 0;
        }
        run.CopyTo(_current.AsSpan(_used));
        _runs.Add((_blocks.Count - 1, _used, run.Length));
        _used += run.Length;
    }
}
