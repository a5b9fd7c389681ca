using System.Collections.Concurrent;

namespace SiteGen.Output;

/// <summary>
/// One string object per distinct value, safe across threads. The link checker keeps the links of
/// every page until all pages are written, and on 20,000 pages most of them are the same few
/// navigation URLs: kept once each instead of a million times.
/// </summary>
internal sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public StringPool() => _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<char> value) => _bySpan.TryGetValue(value, out var kept) ? kept : Get(value.ToString());

    public string Get(string value) => _strings.GetOrAdd(value, value);
}
