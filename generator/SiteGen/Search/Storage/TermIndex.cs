namespace SiteGen.Search;

/// <summary>
/// The postings of one index (the site's, or an offline copy's) made from a <see cref="TermCollector"/>'s
/// documents: per term of those documents its document frequency and its documents (ascending)
/// per field, and per fingerprint bucket the documents holding a fingerprint in it. Terms are
/// numbered in the order the index first meets them. The (term, field) numbers are sorted into
/// per-term lists by a counting sort over all documents' entries (appending to one growing list
/// per term touched a different buffer at every pair: cache misses were most of the time).
/// </summary>
internal sealed class TermIndex : IDisposable
{
    private readonly List<string> _names;
    private int[] _df = new int[1024];
    private readonly int[] _postingStart;
    private readonly NativeBuffer<int> _buffer;

    /// <param name="docs">The collector's document numbers, in the index's order.</param>
    /// <param name="buckets">Number of fingerprint buckets (a power of two).</param>
    /// <param name="allNames">The collector's terms by number.</param>
    /// <param name="allByName">The collector's term numbers in the ordinal order of the terms.</param>
    /// <param name="entries">Per collector document, its entries (<see cref="TermCollector.Entry"/>).</param>
    /// <param name="prints">Per collector document, its fingerprints.</param>
    public TermIndex(IReadOnlyList<int> docs, int buckets, IReadOnlyList<string> allNames, int[] allByName, OffHeapLists<int> entries, OffHeapLists<uint> prints)
    {
        Documents = docs.Count;
        Buckets = buckets;
        var mask = (uint)buckets - 1;
        // An index of every document the collector read (the site's) keeps the collector's term
        // numbers, which skips a lookup per entry in both passes; any other index numbers its terms
        // in the order it meets them: the collector's term number → this index's + 1 (0: not met yet).
        var all = docs.Count == entries.Count;
        var local = all ? null : new int[allNames.Count];
        _names = all ? [.. allNames] : [];
        if (all) _df = new int[Math.Max(1, _names.Count)];
        var termCounts = new int[all ? 3 * _names.Count + 3 : 3 * 1024];
        var bucketCounts = new int[buckets + 1];
        var bucketLast = new int[buckets];
        Array.Fill(bucketLast, -1);
        for (var r = 0; r < docs.Count; r++)
        {
            foreach (var entry in entries[docs[r]])
            {
                var global = TermCollector.Entry.Term(entry);
                var id = local is null ? global : local[global] - 1;
                if (id < 0)
                {
                    id = _names.Count;
                    _names.Add(allNames[global]);
                    local![global] = id + 1; // only a translated number is below 0
                    if (id == _df.Length)
                    {
                        Array.Resize(ref _df, id * 2);
                        Array.Resize(ref termCounts, id * 6);
                    }
                }
                termCounts[id * 3 + TermCollector.Entry.Field(entry)]++;
                if (TermCollector.Entry.First(entry)) _df[id]++;
            }
            foreach (var print in prints[docs[r]])
            {
                var b = (int)(print & mask);
                if (bucketLast[b] == r) continue;
                bucketLast[b] = r;
                bucketCounts[b]++;
            }
        }

        if (local is null) ByName = [.. allByName];
        else
        {
            ByName = new int[_names.Count];
            var named = 0;
            foreach (var global in allByName)
                if (local[global] > 0) ByName[named++] = local[global] - 1;
        }

        // Starts: terms' lists (3 per term), then the buckets'.
        var terms = _names.Count * 3;
        _postingStart = new int[terms + buckets + 1];
        for (var k = 0; k < terms; k++) _postingStart[k + 1] = _postingStart[k] + termCounts[k];
        for (var b = 0; b < buckets; b++) _postingStart[terms + b + 1] = _postingStart[terms + b] + bucketCounts[b];
        var cursor = _postingStart[..^1];
        _buffer = new NativeBuffer<int>(_postingStart[^1]);
        var postings = _buffer.Span;
        Array.Fill(bucketLast, -1);
        for (var r = 0; r < docs.Count; r++)
        {
            foreach (var entry in entries[docs[r]])
            {
                var global = TermCollector.Entry.Term(entry);
                var id = local is null ? global : local[global] - 1;
                postings[cursor[id * 3 + TermCollector.Entry.Field(entry)]++] = r;
            }
            foreach (var print in prints[docs[r]])
            {
                var b = (int)(print & mask);
                if (bucketLast[b] == r) continue;
                bucketLast[b] = r;
                postings[cursor[terms + b]++] = r;
            }
        }
    }

    public int Documents { get; }
    public IReadOnlyList<string> Names => _names;
    /// <summary>This index's term numbers in the ordinal order of the terms.</summary>
    public int[] ByName { get; }
    /// <summary>Per term, the number of documents holding it in any field.</summary>
    public ReadOnlySpan<int> Df => _df.AsSpan(0, _names.Count);
    /// <summary>Number of fingerprint buckets (a power of two).</summary>
    public int Buckets { get; }

    /// <summary>The documents (ascending) holding term <paramref name="id"/> in <paramref name="field"/>.</summary>
    public ReadOnlySpan<int> Postings(int id, int field)
    {
        var key = id * 3 + field;
        return _buffer.Span.Slice(_postingStart[key], _postingStart[key + 1] - _postingStart[key]);
    }

    /// <summary>Whether any body had a whole window of runs (a fingerprint).</summary>
    public bool HasFingerprints => _postingStart[^1] > _postingStart[_names.Count * 3];

    /// <summary>The documents (ascending) with a fingerprint in bucket <paramref name="bucket"/>.</summary>
    public ReadOnlySpan<int> BucketPostings(int bucket)
    {
        var key = _names.Count * 3 + bucket;
        return _buffer.Span.Slice(_postingStart[key], _postingStart[key + 1] - _postingStart[key]);
    }

    /// <summary>Frees the postings (kept outside the collected heap); nothing can be read after.</summary>
    public void Dispose() => _buffer.Dispose();
}
