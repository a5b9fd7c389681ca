namespace SiteGen.Diagnostics;

/// <summary>“Did you mean” for unknown keys, columns and topics: the nearest names by edit distance.</summary>
internal static class Suggestions
{
    public static IReadOnlyList<string> Nearest(string value, IEnumerable<string> candidates, int max = 3)
    {
        return candidates
            .Select(c => (Name: c, Distance: Distance(value, c)))
            .Where(x => x.Distance <= Math.Max(2, Math.Max(value.Length, x.Name.Length) / 2))
            .OrderBy(x => x.Distance).ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(max).Select(x => x.Name).ToList();
    }

    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
