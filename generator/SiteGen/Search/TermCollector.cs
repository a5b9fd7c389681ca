using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SiteGen.Search;

/// <summary>
/// Reads each document's text once and keeps what any index of it needs: per document, the
/// numbers of its (term, field) pairs and its body's phrase fingerprints (see <see cref="Adjacency"/>).
/// Every index is then made from these (<see cref="Index"/>) — the site's and each offline copy's
/// of the 公报 — without reading a text again. Documents are numbered as they are added, in any
/// order: the build adds them while their pages render (<see cref="TermFeed"/>), and an index
/// orders them itself. Not thread-safe: one thread adds.
/// </summary>
internal sealed class TermCollector : IDisposable
{
    private readonly PairTable _twoChar = new();
    private readonly Dictionary<string, int> _longer = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];
    // Per term number, for the terms not in the pair table (arrays, not lists: read millions of times).
    private uint[] _pairHashes = new uint[1024];
    private int[] _last = new int[3 * 1024];
    private int[] _lastAny = new int[1024];
    // Per document: its entries (see Entry), its fingerprints, its body's length.
    private readonly OffHeapLists<int> _entries = new();
    private readonly OffHeapLists<uint> _prints = new();
    private readonly List<int> _bodyLength = [];
    private readonly List<int> _docEntries = [];
    private readonly List<uint> _bodyPairs = [];
    private readonly List<uint> _fingerprints = [];
    private int _doc, _field;
    private uint _titleKey;
    // The term numbers in the terms' ordinal order (TermsByName), kept for the next index.
    private int[]? _byName;
    private readonly Lock _byNameLock = new();

    /// <summary>The terms of <paramref name="docs"/>, read in their order (an index written without the build's terms; tests).</summary>
    public static TermCollector Of(IEnumerable<SearchDocument> docs)
    {
        var collector = new TermCollector();
        foreach (var d in docs) collector.Add(d.Id, d.Title, d.DocNumber, d.Body);
        return collector;
    }

    /// <summary>The number <see cref="Add"/> gave the document with this id.</summary>
    public int Number(string id) => _numbers[id];

    /// <summary>A document's body fingerprints as read (tests hold them to <see cref="Adjacency.Fingerprints(string)"/>).</summary>
    internal uint[] FingerprintsOf(int doc) => _prints[doc].ToArray();

    /// <summary>Frees the documents' entries and fingerprints (made outside the collected heap); no index can be made after.</summary>
    public void Dispose()
    {
        _entries.Dispose();
        _prints.Dispose();
    }

    /// <summary>Reads one document's title, 文号 and body text.</summary>
    public void Add(string id, string title, string? docNumber, string body)
    {
        _doc = _entries.Count;
        if (!_numbers.TryAdd(id, _doc)) throw new InvalidOperationException($"search: document {id} added twice");
        var sink = new Sink(this, _longer.GetAlternateLookup<ReadOnlySpan<char>>());
        _docEntries.Clear();
        _field = 0;
        _titleKey = 2166136261u;
        Tokenizer.Scan(title, hanUnigrams: true, ref sink);
        Add(Id(SearchIndexWriter.TitleKeyPrefix + _titleKey.ToString("x", CultureInfo.InvariantCulture), sink.Alternate));
        _field = 1;
        Tokenizer.Scan(docNumber ?? "", hanUnigrams: true, ref sink);
        _field = 2;
        _bodyPairs.Clear();
        Tokenizer.Scan(body, hanUnigrams: false, ref sink);
        _fingerprints.Clear();
        Adjacency.AddFingerprints(CollectionsMarshal.AsSpan(_bodyPairs), _fingerprints);
        _entries.Add(CollectionsMarshal.AsSpan(_docEntries));
        _prints.Add(CollectionsMarshal.AsSpan(_fingerprints));
        _bodyLength.Add(body.Length);
    }

    /// <summary>
    /// The postings of <paramref name="docs"/> (document numbers from <see cref="Number"/>), which
    /// become documents 0, 1, … of the index in this order.
    /// </summary>
    public TermIndex Index(IReadOnlyList<int> docs)
    {
        // Fingerprint buckets: a power of two about 16 times a body's length in characters, so a
        // bucket holds about 2–3% of the documents (runs kept per body: about 2/3 of its units).
        long chars = 0;
        foreach (var d in docs) chars += _bodyLength[d];
        var buckets = 256;
        while (buckets < 16 * chars / Math.Max(1, docs.Count) && buckets < 1 << 24) buckets *= 2;
        return new TermIndex(docs, buckets, _names, TermsByName(), _entries, _prints);
    }

    /// <summary>
    /// Every term's number in the ordinal order of the terms, sorted once for all the indexes made
    /// from this collector (22 at once in a build: the site's and the offline copies', which each
    /// write their terms in that order).
    /// </summary>
    private int[] TermsByName()
    {
        lock (_byNameLock)
        {
            if (_byName is null || _byName.Length != _names.Count)
            {
                var names = _names.ToArray();
                var numbers = new int[names.Length];
                for (var i = 0; i < numbers.Length; i++) numbers[i] = i;
                Array.Sort(names, numbers, StringComparer.Ordinal);
                _byName = numbers;
            }
            return _byName;
        }
    }

    private int Id(ReadOnlySpan<char> term, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> alternate)
    {
        // Terms of two characters (most: pairs of Han characters) are in the pair table, with their
        // state, when they come from a text (AddPair); only a title key could be that short here.
        if (alternate.TryGetValue(term, out var found)) return found;
        return alternate[term] = New(term);
    }

    private int New(ReadOnlySpan<char> term)
    {
        var id = _names.Count;
        _names.Add(term.ToString());
        if (id == _pairHashes.Length)
        {
            Array.Resize(ref _pairHashes, id * 2);
            Array.Resize(ref _last, id * 6);
            Array.Resize(ref _lastAny, id * 2);
        }
        _pairHashes[id] = Adjacency.PairHash(term);
        _last[id * 3] = _last[id * 3 + 1] = _last[id * 3 + 2] = _lastAny[id] = -1;
        return id;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint PairKey(ReadOnlySpan<char> term) => (uint)term[0] << 16 | term[1];

    /// <summary><see cref="Adjacency.PairHash"/> of a two-character term from its key: computed, cheaper than stored and read back.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint PairHash(uint key) => (((2166136261u ^ (key >> 16)) * 16777619u) ^ (key & 0xFFFF)) * 16777619u;

    /// <summary>
    /// <see cref="Add(int)"/> for a two-character term (most terms): its number and the documents
    /// it was last added for (in a body, in any field) are in its 16-byte slot of the table, and
    /// its pair hash is computed, so a body's term costs one memory access where the separate
    /// arrays (by term number) cost four, mostly cache misses.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddPair(ReadOnlySpan<char> term, bool pair)
    {
        var key = PairKey(term);
        ref var slot = ref _twoChar.SlotOf(key, this, term);
        if (_field == 2)
        {
            // A body's pairs of units make its fingerprints, whether or not the term is new to the document.
            if (pair) _bodyPairs.Add(PairHash(key));
            if (slot.LastBody == _doc) return;
            slot.LastBody = _doc;
        }
        else
        {
            // Titles and 文号 are a few terms a document: their state stays in the arrays by number.
            ref var last = ref _last[slot.Id * 3 + _field];
            if (last == _doc) return;
            last = _doc;
        }
        var first = slot.LastAny != _doc;
        slot.LastAny = _doc;
        _docEntries.Add(Entry.Of(slot.Id, _field, first));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(int id)
    {
        var key = id * 3 + _field;
        if (_last[key] == _doc) return;
        _last[key] = _doc;
        var first = _lastAny[id] != _doc;
        _lastAny[id] = _doc;
        _docEntries.Add(Entry.Of(id, _field, first));
    }

    /// <summary>
    /// A document's (term, field) pair, each once: term number × 8 + 4 if it is the document's first
    /// entry of that term (so an index counts document frequencies without a pass of its own) + field.
    /// </summary>
    internal static class Entry
    {
        public static int Of(int term, int field, bool first) => term << 3 | (first ? 4 : 0) | field;
        public static int Term(int entry) => entry >> 3;
        public static int Field(int entry) => entry & 3;
        public static bool First(int entry) => (entry & 4) != 0;
    }

    /// <summary>
    /// The two-character terms by their two code units: open addressing with linear probing, several
    /// times cheaper than a Dictionary at 27 million lookups for 20,000 documents. Each slot holds
    /// what reading a body needs of its term (<see cref="AddPair"/>); of the collector's arrays
    /// by term number, such a term uses only its title and 文号 entries.
    /// </summary>
    private sealed class PairTable
    {
        private Slot[] _slots = new Slot[1 << 14];
        private int _shift = 32 - 14;
        private int _count;

        /// <summary>
        /// One term, 16 bytes (four to a cache line): what reading a body needs of it.
        /// <see cref="Key"/> 0 is an empty slot (no term is two U+0000).
        /// </summary>
        internal struct Slot
        {
            public uint Key;
            public int Id;
            public int LastBody, LastAny;
        }

        /// <summary>The slot of the term, made (with a new term number) if the term is new.</summary>
        // Inlined into the reading loop (ReadyToRun code does not inline on its own across these
        // calls); a new term takes the separate path below.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ref Slot SlotOf(uint key, TermCollector collector, ReadOnlySpan<char> term)
        {
            var slots = _slots;
            var mask = slots.Length - 1;
            for (var i = (int)((key * 0x9E3779B1u) >> _shift); ; i = (i + 1) & mask)
            {
                ref var slot = ref slots[i];
                if (slot.Key == key) return ref slot;
                if (slot.Key == 0) return ref Insert(i, key, collector, term);
            }
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        private ref Slot Insert(int free, uint key, TermCollector collector, ReadOnlySpan<char> term)
        {
            if (2 * (_count + 1) > _slots.Length)
            {
                Grow();
                return ref SlotOf(key, collector, term);
            }
            _count++;
            ref var added = ref _slots[free];
            added = new Slot { Key = key, Id = collector.New(term), LastBody = -1, LastAny = -1 };
            return ref added;
        }

        private void Grow()
        {
            var slots = new Slot[_slots.Length * 2];
            _shift--;
            var mask = slots.Length - 1;
            foreach (var slot in _slots)
            {
                if (slot.Key == 0) continue;
                var i = (int)((slot.Key * 0x9E3779B1u) >> _shift);
                while (slots[i].Key != 0) i = (i + 1) & mask;
                slots[i] = slot;
            }
            _slots = slots;
        }
    }

    /// <summary>The collector's term receiver (a struct: Tokenizer.Scan's calls to it are inlined).</summary>
    private readonly struct Sink(TermCollector collector, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> alternate) : ITermSink
    {
        public Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Alternate => alternate;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Term(ReadOnlySpan<char> term, bool pair)
        {
            var c = collector;
            if (term.Length == 2)
            {
                c.AddPair(term, pair);
                if (c._field == 0 && !pair) c._titleKey = SearchIndexWriter.TitleKeyStep(c._titleKey, term);
                return;
            }
            var id = c.Id(term, alternate);
            c.Add(id);
            if (c._field == 0 && !pair) c._titleKey = SearchIndexWriter.TitleKeyStep(c._titleKey, term);
            else if (c._field == 2 && pair) c._bodyPairs.Add(c._pairHashes[id]);
        }
    }
}
