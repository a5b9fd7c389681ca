using System.Runtime.CompilerServices;

namespace SiteGen.Text;

/// <summary>
/// FNV-1a, 32-bit, over UTF-16 code units: the one hash the search index uses for term shards,
/// title keys and phrase fingerprints. search-core.js computes the same in the browser
/// (Math.imul with these constants), so a change here is a change of the index format.
/// Callers that hash as they scan fold one unit at a time with <see cref="Step"/>.
/// </summary>
internal static class Fnv1a
{
    /// <summary>The offset basis, the hash of nothing.</summary>
    public const uint Offset = 2166136261u;
    public const uint Prime = 16777619u;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Step(uint hash, char unit) => (hash ^ unit) * Prime;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Step(uint hash, ReadOnlySpan<char> units)
    {
        foreach (var c in units) hash = (hash ^ c) * Prime;
        return hash;
    }

    public static uint Hash(ReadOnlySpan<char> units) => Step(Offset, units);
}
