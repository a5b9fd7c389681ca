namespace SiteGen.Output;

/// <summary>
/// The files of a built site as they are on disk, relative to its root with forward slashes, in
/// ordinal order. The output stages read the disk rather than <see cref="OutputWriter.Files"/> so
/// that a file some stage wrote without registering it is still checked, compressed and hashed.
/// </summary>
internal static class OutputTree
{
    public static List<string> Files(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        return Directory.EnumerateFiles(root, "*", options)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Text formats served compressed: they get a .gz twin for gzip_static.</summary>
    public static bool IsText(string path) => Path.GetExtension(path).ToLowerInvariant() is
        ".html" or ".htm" or ".css" or ".js" or ".mjs" or ".json" or ".xml" or ".txt" or ".svg" or ".csv" or ".webmanifest";

    /// <summary>"a/b/c.html" → "a/b"; "c.html" → "".</summary>
    public static string Folder(string path) => path.LastIndexOf('/') is var i and >= 0 ? path[..i] : "";
}
