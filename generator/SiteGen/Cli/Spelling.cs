namespace SiteGen.Cli;

/// <summary>
/// The closest spelling among the words a command knows (`biuld` → `build`, `ouput` → `out`), for
/// "did you mean" hints. Optimal string alignment distance, so a swapped pair of letters counts
/// as one edit, the most common typing slip.
/// </summary>
internal static class Spelling
{
    /// <summary>The candidate nearest to <paramref name="typed"/>, or null if none is close enough to be a likely slip.</summary>
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        // One edit for short words (`prot`), two for longer ones; more would suggest unrelated words.
        var limit = typed.Length <= 4 ? 1 : 2;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var c in candidates)
        {
            var d = Distance(typed, c);
            // A cut-off word (`--sour`) is as clear a slip as a misspelt one.
            if (typed.Length >= 3 && c.StartsWith(typed, StringComparison.Ordinal)) d = Math.Min(d, 1);
            if (d <= limit && d < bestDistance && d < c.Length)
            {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
