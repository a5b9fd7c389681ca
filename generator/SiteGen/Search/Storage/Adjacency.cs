using SiteGen.Text;

namespace SiteGen.Search;

/// <summary>
/// Phrase fingerprints of document bodies. Postings carry no positions, so a document holding every
/// pair of a body phrase somewhere scores like one holding the phrase itself. Each body's runs of
/// <see cref="ShinglePairs"/> consecutive pairs (six neighbouring units) are hashed, and of every
/// <see cref="Window"/> consecutive run hashes the smallest is kept (winnowing, Schleimer et al.
/// 2003): about 2/(Window+1) of the runs. The choice depends only on the window's own runs, so a
/// query of at least <see cref="MinQueryUnits"/> units keeps the same fingerprints from its own
/// windows as every document that contains it — exactly, whatever surrounds it there.
/// The index stores, per fingerprint bucket (hash modulo a power of two), the documents holding a
/// fingerprint of that bucket; search-core.js loads the buckets of a query's fingerprints and
/// lifts the complete body matches found in them. A Jint test checks both sides hash alike.
/// </summary>
internal static class Adjacency
{
    /// <summary>Consecutive pairs per run: 5 pairs are 6 units (three-unit pieces of a phrase are in too many documents).</summary>
    public const int ShinglePairs = 5;
    public const int Window = 2;
    /// <summary>A query needs this many units for one whole window of runs.</summary>
    public const int MinQueryUnits = ShinglePairs + Window;

    /// <summary>The hash of one pair: FNV-1a over its UTF-16 code units (SearchIndexWriter.Hash).</summary>
    public static uint PairHash(ReadOnlySpan<char> pair) => Fnv1a.Hash(pair);

    /// <summary>Multiplier of the polynomial run hash (odd, from the golden ratio).</summary>
    private const uint M = 0x9E3779B1u;
    private const uint M4 = unchecked(M * M * M * M);

    /// <summary>
    /// The run hashes of a sequence of pair hashes: for each run of <see cref="ShinglePairs"/>, the
    /// polynomial Σ pair × M^(4−j) modulo 2^32, rolled from one run to the next (two multiplications),
    /// then mixed (MurmurHash3's finalizer) so that its low bits, the bucket, depend on every pair.
    /// search-core.js computes the same.
    /// </summary>
    public static void RunHashes(ReadOnlySpan<uint> pairs, Span<uint> into)
    {
        uint h = 0;
        for (var k = 0; k < ShinglePairs; k++) h = h * M + pairs[k];
        for (var i = 0; ; i++)
        {
            into[i] = Mix(h);
            if (i + ShinglePairs >= pairs.Length) return;
            h = (h - pairs[i] * M4) * M + pairs[i + ShinglePairs];
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint h)
    {
        h = (h ^ (h >> 16)) * 0x85EBCA6Bu;
        h = (h ^ (h >> 13)) * 0xC2B2AE35u;
        return h ^ (h >> 16);
    }

    /// <summary>
    /// Appends the fingerprints (window minima of run hashes) of a sequence of pair hashes to
    /// <paramref name="into"/>, a repeat of the previous one left out; none when the sequence is
    /// shorter than one window. The index builder drops the other repeats when it sorts by bucket.
    /// </summary>
    public static void AddFingerprints(ReadOnlySpan<uint> pairs, List<uint> into)
    {
        var runs = pairs.Length - ShinglePairs + 1;
        if (runs < Window) return;
        uint[]? rented = null;
        var hashes = runs <= 2048 ? stackalloc uint[runs] : (rented = System.Buffers.ArrayPool<uint>.Shared.Rent(runs)).AsSpan(0, runs);
        RunHashes(pairs, hashes);
        var previous = 0u;
        for (var i = 0; i + Window <= runs; i++)
        {
            var min = hashes[i];
            for (var j = i + 1; j < i + Window; j++) min = Math.Min(min, hashes[j]);
            if (i == 0 || min != previous) into.Add(min);
            previous = min;
        }
        if (rented is not null) System.Buffers.ArrayPool<uint>.Shared.Return(rented);
    }

    /// <summary>The distinct fingerprints of a sequence of pair hashes, ascending.</summary>
    public static uint[] Fingerprints(ReadOnlySpan<uint> pairs)
    {
        var list = new List<uint>();
        AddFingerprints(pairs, list);
        return [.. list.Distinct().Order()];
    }

    /// <summary>The fingerprints of a text's body pairs (for tests and small callers; the index builder hashes pairs while it scans).</summary>
    public static uint[] Fingerprints(string text)
    {
        var pairs = new List<uint>();
        Tokenizer.Scan(text, hanUnigrams: false, (term, pair) =>
        {
            if (pair) pairs.Add(PairHash(term));
        });
        return Fingerprints(pairs.ToArray());
    }
}
