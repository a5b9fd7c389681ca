namespace SiteGen.Search;

/// <summary>
/// A document body's adjacency signature: a small Bloom filter of its shingles — runs of
/// consecutive pairs (see <see cref="Lengths"/>). Postings carry no positions, so a document holding
/// every pair of a body phrase somewhere scores like one holding the phrase itself; the client
/// re-ranks its top candidates by the share of the query's shingles of each length found here (search-core.js
/// computes the same hashes; a Jint test checks both agree). About 4 bits per shingle and three
/// probes: roughly 10 % false positives per shingle, enough to tell a phrase from scattered pairs.
/// </summary>
internal static class Adjacency
{
    public const int BitsPerShingle = 4;
    public const int ProbeCount = 3;
    public const int MinBytes = 8;

    /// <summary>
    /// Shingle lengths, in consecutive pairs: 2 (three units) and 5 (six units). Short shingles
    /// serve short phrases; in boilerplate-heavy bodies every three-unit piece of a phrase is often
    /// somewhere in many documents, and only the long shingles still single out the phrase.
    /// </summary>
    public static readonly int[] Lengths = [2, 5];

    /// <summary>The shingle key of consecutive pairs: search-core.js joins them the same way.</summary>
    public static string Key(IReadOnlyList<string> pairs, int start, int length) => string.Join('|', pairs.Skip(start).Take(length));

    /// <summary>SearchIndexWriter.Hash of <see cref="Key"/> without building the string (FNV-1a runs over the characters in order).</summary>
    public static uint KeyHash(IReadOnlyList<string> pairs, int start, int length)
    {
        var h = 2166136261u;
        for (var k = start; k < start + length; k++)
        {
            if (k > start) h = (h ^ '|') * 16777619u;
            foreach (var c in pairs[k]) h = (h ^ c) * 16777619u;
        }
        return h;
    }

    /// <summary>The Bloom filter of <paramref name="body"/>'s shingles (empty when it has none).</summary>
    public static byte[] Signature(string body)
    {
        var pairs = new List<string>();
        Tokenizer.Scan(body, hanUnigrams: false, (term, pair) =>
        {
            if (pair) pairs.Add(term.ToString());
        });
        var keys = new HashSet<uint>();
        foreach (var length in Lengths)
        {
            for (var i = 0; i + length <= pairs.Count; i++) keys.Add(KeyHash(pairs, i, length));
        }
        if (keys.Count == 0) return [];
        var bytes = new byte[Math.Max(MinBytes, (keys.Count * BitsPerShingle + 7) / 8)];
        var bits = (uint)bytes.Length * 8;
        foreach (var h in keys)
        {
            foreach (var p in Probes(h, bits)) bytes[p >> 3] |= (byte)(1 << (int)(p & 7));
        }
        return bytes;
    }

    /// <summary>The bit positions of a shingle hash in a filter of <paramref name="bits"/> bits: the hash, then remixed.</summary>
    public static uint[] Probes(uint h, uint bits)
    {
        var probes = new uint[ProbeCount];
        for (var i = 0; i < ProbeCount; i++)
        {
            probes[i] = h % bits;
            h = (h ^ (h >> 15)) * 0x2C1B3C6Du;
            h ^= h >> 13;
        }
        return probes;
    }
}
