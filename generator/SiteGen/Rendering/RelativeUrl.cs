namespace SiteGen.Rendering;

/// <summary>
/// Relative links between output files, so one build works at any host, under any sub-path and
/// from a folder on disk (where a folder link must name index.html).
/// </summary>
internal static class RelativeUrl
{
    /// <summary>"../../" for a page two folders deep: prefix for site-root-relative paths.</summary>
    public static string RootPrefix(string fromPath)
    {
        var depth = fromPath.Count(c => c == '/');
        return depth == 0 ? "" : string.Concat(Enumerable.Repeat("../", depth));
    }

    public static string Between(string fromPath, string toPath) => RootPrefix(fromPath) + Escape(toPath);

    /// <summary>Percent-encodes each segment, so folder names with spaces or Chinese characters are valid URLs.</summary>
    public static string Escape(string path)
    {
        if (path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_' or '.')) return path;
        return string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
    }
}
