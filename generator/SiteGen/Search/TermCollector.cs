using System.Globalization;
using System.Runtime.InteropServices;

namespace SiteGen.Search;

/// <summary>
/// Reads every document once and gathers what the index needs: each term's documents per field,
/// its document frequency, and each body's phrase fingerprints. Appending to one growing list per
/// term touched a different buffer at every pair (cache misses were most of the stage's time), so
/// the documents' (term, field) numbers go into one flat list, document after document, and are
/// sorted into per-term lists once at the end (a counting sort: documents stay ascending). A
/// body's fingerprint buckets (see <see cref="Adjacency"/>) go into the same list, as ~bucket, and
/// are sorted with the terms.
/// </summary>
internal sealed class TermCollector
{
    private readonly PairTable _twoChar = new();
    private readonly Dictionary<string, int> _longer = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];
    private readonly List<uint> _pairHashes = [];
    private readonly List<int> _df = [];
    private int[] _lastAny = new int[1024];
    private int[] _last = new int[3 * 1024];
    private readonly BlockList<int> _entries = new();
    private readonly int[] _bucketLast;
    private readonly uint _bucketMask;
    private readonly List<uint> _bodyPairs = [];
    private readonly List<uint> _fingerprints = [];
    private int _doc, _field;
    private uint _titleKey;

    public TermCollector(IReadOnlyList<SearchDocument> docs)
    {
        Documents = docs.Count;
        EntryStart = new int[docs.Count + 1];
        // Fingerprint buckets: a power of two about 16 times a body's length in characters, so a
        // bucket holds about 2–3% of the documents (runs kept per body: about 2/3 of its units).
        long chars = 0;
        foreach (var d in docs) chars += d.Body.Length;
        Buckets = 256;
        while (Buckets < 16 * chars / Math.Max(1, docs.Count) && Buckets < 1 << 24) Buckets *= 2;
        _bucketMask = (uint)Buckets - 1;
        _bucketLast = new int[Buckets];
        Array.Fill(_bucketLast, -1);
        var sink = new Sink(this, _longer.GetAlternateLookup<ReadOnlySpan<char>>());
        for (_doc = 0; _doc < docs.Count; _doc++)
        {
            var d = docs[_doc];
            EntryStart[_doc] = _entries.Count;
            _field = 0;
            _titleKey = 2166136261u;
            Tokenizer.Scan(d.Title, hanUnigrams: true, ref sink);
            Add(Id(SearchIndexWriter.TitleKeyPrefix + _titleKey.ToString("x", CultureInfo.InvariantCulture), sink.Alternate));
            _field = 1;
            Tokenizer.Scan(d.DocNumber ?? "", hanUnigrams: true, ref sink);
            _field = 2;
            _bodyPairs.Clear();
            Tokenizer.Scan(d.Body, hanUnigrams: false, ref sink);
            _fingerprints.Clear();
            Adjacency.AddFingerprints(CollectionsMarshal.AsSpan(_bodyPairs), _fingerprints);
            foreach (var fingerprint in _fingerprints)
            {
                var b = (int)(fingerprint & _bucketMask);
                if (_bucketLast[b] == _doc) continue;
                _bucketLast[b] = _doc;
                _entries.Add(~b);
            }
        }
        EntryStart[docs.Count] = _entries.Count;
        SortPostings();
    }

    public int Documents { get; }
    public IReadOnlyList<string> Names => _names;
    public IReadOnlyList<int> Df => _df;
    /// <summary>Per document, where its (term × 3 + field) numbers and ~buckets start in the flat list.</summary>
    private int[] EntryStart { get; }
    /// <summary>Number of fingerprint buckets (a power of two).</summary>
    public int Buckets { get; }
    private int[] _postingStart = [];
    private int[] _postings = [];

    /// <summary>The documents (ascending) holding term <paramref name="id"/> in <paramref name="field"/>.</summary>
    public ReadOnlySpan<int> Postings(int id, int field)
    {
        var key = id * 3 + field;
        return _postings.AsSpan(_postingStart[key], _postingStart[key + 1] - _postingStart[key]);
    }

    /// <summary>Whether any body had a whole window of runs (a fingerprint).</summary>
    public bool HasFingerprints => _postingStart[^1] > _postingStart[_names.Count * 3];

    /// <summary>The documents (ascending) with a fingerprint in bucket <paramref name="bucket"/>.</summary>
    public ReadOnlySpan<int> BucketPostings(int bucket)
    {
        var key = _names.Count * 3 + bucket;
        return _postings.AsSpan(_postingStart[key], _postingStart[key + 1] - _postingStart[key]);
    }

    private int Id(ReadOnlySpan<char> term, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> alternate)
    {
        // Most terms are a pair of Han characters: found by their two code units as one number,
        // several times cheaper than hashing a span.
        if (term.Length == 2)
        {
            var key = (uint)term[0] << 16 | term[1];
            var id = _twoChar.Find(key);
            if (id >= 0) return id;
            id = New(term);
            _twoChar.Add(key, id);
            return id;
        }
        if (alternate.TryGetValue(term, out var found)) return found;
        return alternate[term] = New(term);
    }

    private int New(ReadOnlySpan<char> term)
    {
        var id = _names.Count;
        _names.Add(term.ToString());
        _pairHashes.Add(Adjacency.PairHash(term));
        _df.Add(0);
        if (id == _lastAny.Length)
        {
            Array.Resize(ref _lastAny, id * 2);
            Array.Resize(ref _last, id * 6);
        }
        _lastAny[id] = -1;
        _last[id * 3] = _last[id * 3 + 1] = _last[id * 3 + 2] = -1;
        return id;
    }

    private void Add(int id)
    {
        var key = id * 3 + _field;
        if (_last[key] == _doc) return;
        _last[key] = _doc;
        _entries.Add(key);
        if (_lastAny[id] != _doc)
        {
            _lastAny[id] = _doc;
            _df[id]++;
        }
    }

    private void SortPostings()
    {
        var terms = _names.Count * 3;
        var keys = terms + Buckets;
        _postingStart = new int[keys + 1];
        foreach (var block in _entries.Blocks())
        {
            foreach (var key in block.Span) _postingStart[(key >= 0 ? key : terms + ~key) + 1]++;
        }
        for (var k = 0; k < keys; k++) _postingStart[k + 1] += _postingStart[k];
        var cursor = _postingStart[..keys];
        _postings = GC.AllocateUninitializedArray<int>(_entries.Count);
        int doc = 0, at = 0;
        foreach (var block in _entries.Blocks())
        {
            foreach (var key in block.Span)
            {
                while (at == EntryStart[doc + 1]) doc++;
                _postings[cursor[key >= 0 ? key : terms + ~key]++] = doc;
                at++;
            }
        }
    }

    /// <summary>
    /// Term numbers of two-character terms by their two code units: open addressing with linear
    /// probing, several times cheaper than a Dictionary at 27 million lookups for 20,000 documents.
    /// </summary>
    private sealed class PairTable
    {
        // key << 32 | (term number + 1); 0 is an empty slot. One array, so a probe reads one cache line.
        private ulong[] _slots = new ulong[1 << 14];
        private int _shift = 32 - 14;
        private int _count;

        /// <summary>The term number, or -1.</summary>
        public int Find(uint key)
        {
            var mask = _slots.Length - 1;
            for (var i = (int)((key * 0x9E3779B1u) >> _shift); ; i = (i + 1) & mask)
            {
                var slot = _slots[i];
                if (slot == 0) return -1;
                if ((uint)(slot >> 32) == key) return (int)(uint)slot - 1;
            }
        }

        public void Add(uint key, int value)
        {
            if (2 * (_count + 1) > _slots.Length) Grow();
            Insert(_slots, _shift, (ulong)key << 32 | (uint)(value + 1));
            _count++;
        }

        private static void Insert(ulong[] slots, int shift, ulong slot)
        {
            var mask = slots.Length - 1;
            var i = (int)(((uint)(slot >> 32) * 0x9E3779B1u) >> shift);
            while (slots[i] != 0) i = (i + 1) & mask;
            slots[i] = slot;
        }

        private void Grow()
        {
            var slots = new ulong[_slots.Length * 2];
            _shift--;
            foreach (var slot in _slots)
            {
                if (slot != 0) Insert(slots, _shift, slot);
            }
            _slots = slots;
        }
    }

    /// <summary>The collector's term receiver (a struct: Tokenizer.Scan's calls to it are inlined).</summary>
    private readonly struct Sink(TermCollector collector, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> alternate) : ITermSink
    {
        public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Alternate => alternate;

        public void Term(ReadOnlySpan<char> term, bool pair)
        {
            var c = collector;
            var id = c.Id(term, alternate);
            c.Add(id);
            if (c._field == 0 && !pair) c._titleKey = SearchIndexWriter.TitleKeyStep(c._titleKey, term);
            else if (c._field == 2 && pair) c._bodyPairs.Add(c._pairHashes[id]);
        }
    }
}
