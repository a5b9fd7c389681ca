namespace SiteGen.Serving;

/// <summary>
/// Turns the request target as the client sent it into a path inside the site, refusing every way
/// of climbing out: `..` plain or percent-encoded once or several times (`%2e%2e`, `%252e%252e`),
/// with encoded slashes (`..%2f`), backslashes, NUL and control characters. The raw target is
/// checked rather than the path the server already decoded and normalised, so the server's own
/// normalisation is not the only defence.
/// </summary>
internal static class RequestTarget
{
    private const int MaxDecodeRounds = 4;

    /// <summary>The site-relative path with "/" separators ("" for the root), or null when refused.</summary>
    public static string? Parse(string rawTarget)
    {
        var raw = rawTarget;
        var cut = raw.IndexOfAny(['?', '#']);
        if (cut >= 0) raw = raw[..cut];
        if (raw.Contains("://", StringComparison.Ordinal))
        {
            // absolute-form (a proxy request line): keep only the path.
            var slash = raw.IndexOf('/', raw.IndexOf("://", StringComparison.Ordinal) + 3);
            raw = slash < 0 ? "/" : raw[slash..];
        }
        if (!raw.StartsWith('/')) return null;
        string? once = null;
        var current = raw;
        for (var round = 0; round <= MaxDecodeRounds; round++)
        {
            if (!Acceptable(current)) return null;
            var next = Uri.UnescapeDataString(current);
            once ??= next;
            if (next == current) break;
            if (round == MaxDecodeRounds) return null;
            current = next;
        }
        if (!Acceptable(once!)) return null;
        return string.Join('/', once!.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != "."));
    }

    private static bool Acceptable(string path)
    {
        foreach (var c in path)
            if (c == '\\' || char.IsControl(c)) return false;
        foreach (var segment in path.Split('/'))
            if (segment.Length >= 2 && segment.Trim().All(c => c == '.')) return false;
        return true;
    }

    /// <summary>Dot-files and folders (.sitegen, .git) are not served; /.well-known/ is, by convention.</summary>
    public static bool IsHidden(string path) =>
        path.Split('/').Any(s => s.StartsWith('.') && s != ".well-known");
}
