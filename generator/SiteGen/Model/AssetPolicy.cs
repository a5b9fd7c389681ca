namespace SiteGen.Model;

/// <summary>
/// File types a disclosure site may offer for download or show inline. Active types (.html, .js,
/// executables) are refused: a file served from the site's own origin could run code in a
/// citizen's browser. SVG is refused too, not sanitized: opened at its own URL an SVG runs its
/// scripts, and a PNG export loses nothing a disclosure page needs.
/// </summary>
internal static class AssetPolicy
{
    public static readonly IReadOnlySet<string> Allowed = new HashSet<string>(StringComparer.Ordinal)
    {
        "pdf", "ofd", "doc", "docx", "wps", "xls", "xlsx", "et", "ppt", "pptx", "dps", "txt", "csv",
        "zip", "rar", "7z", "jpg", "jpeg", "png", "gif", "webp", "mp3", "mp4",
        // Meeting recordings and 音视频解读: WebM video and WebVTT captions (plain text cues, no script).
        "webm", "vtt",
    };

    public static bool IsSvg(string path) => Path.GetExtension(path).ToLowerInvariant() is ".svg" or ".svgz";

    public static bool IsAllowed(string path) => Allowed.Contains(Path.GetExtension(path).TrimStart('.').ToLowerInvariant());

    /// <summary>
    /// Resolves a path written relative to a document's folder to a path relative to content/.
    /// Null when it leaves content/ or is not a plain relative path.
    /// </summary>
    public static string? Resolve(string folder, string relative)
    {
        if (relative.Length == 0 || relative.StartsWith('/') || relative.Contains('\\') || relative.Contains(':') || relative.Any(char.IsControl))
            return null;
        var parts = new List<string>(folder.Length == 0 ? [] : folder.Split('/'));
        foreach (var segment in relative.Split('/'))
        {
            switch (segment)
            {
                case "" or ".": continue;
                case "..":
                    if (parts.Count == 0) return null;
                    parts.RemoveAt(parts.Count - 1);
                    break;
                default:
                    parts.Add(segment);
                    break;
            }
        }
        return parts.Count == 0 ? null : string.Join('/', parts);
    }
}
