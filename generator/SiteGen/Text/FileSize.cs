namespace SiteGen.Text;

/// <summary>Human-readable file sizes for attachment lists and download pages (1.2 MB, 35 KB).</summary>
internal static class FileSize
{
    public static string Format(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / (1024.0 * 1024):0.#} MB",
    };
}
