using System.Runtime.InteropServices;

namespace SiteGen.Search;

/// <summary>
/// A fixed-length buffer of numbers in memory the garbage collector does not manage: the one large
/// array each search index fills and drops within a second (the postings: about 100 MB for the
/// site's index at 20,000 documents), and the blocks of <see cref="OffHeapLists{T}"/>. On the heap
/// such arrays went to the large-object heap, whose allocations start full collections of the
/// whole heap. Freed by <see cref="Dispose"/>, or by the finalizer when an owner forgets.
/// </summary>
internal sealed unsafe class NativeBuffer<T> : IDisposable where T : unmanaged
{
    private T* _items;

    public NativeBuffer(int length)
    {
        Length = length;
        _items = (T*)NativeMemory.Alloc((nuint)Math.Max(1, length), (nuint)sizeof(T));
    }

    public int Length { get; }

    /// <summary>The buffer (its contents undefined until written), valid until <see cref="Dispose"/>.</summary>
    public Span<T> Span
    {
        get
        {
            ObjectDisposedException.ThrowIf(_items is null, this);
            return new Span<T>(_items, Length);
        }
    }

    public void Dispose()
    {
        Free();
        GC.SuppressFinalize(this);
    }

    ~NativeBuffer() => Free();

    private void Free()
    {
        if (_items is null) return;
        NativeMemory.Free(_items);
        _items = null;
    }
}
