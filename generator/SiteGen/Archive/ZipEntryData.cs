namespace SiteGen.Archive;

/// <summary>A zip entry, already compressed: what the central directory needs and the stored bytes.</summary>
internal sealed record ZipEntryData(string Name, uint Crc, long Size, bool Deflated, byte[] Data)
{
    /// <summary>Types that are compressed already; deflating them again costs time and saves nothing.</summary>
    private static readonly HashSet<string> Stored = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".zip", ".gz", ".docx", ".xlsx", ".pptx", ".mp3", ".mp4", ".ofd",
    };

    /// <summary>Compresses as the .gz twins are (<see cref="Output.Precompressor.Deflate"/>): the offline copies must not dominate a build's time.</summary>
    public static ZipEntryData Create(string name, byte[] content)
    {
        ZipNames.Check(name);
        // System.IO.Hashing's CRC-32 is vectorised: a byte-at-a-time table loop was a visible share of the offline copies' time.
        var crc = System.IO.Hashing.Crc32.HashToUInt32(content);
        if (Stored.Contains(Path.GetExtension(name)) || content.Length < 64) return new ZipEntryData(name, crc, content.Length, false, content);
        var compressed = Output.Precompressor.Deflate(content);
        return compressed.Length < content.Length
            ? new ZipEntryData(name, crc, content.Length, true, compressed)
            : new ZipEntryData(name, crc, content.Length, false, content);
    }
}

/// <summary>Entry names: relative paths with '/' that stay inside the folder the zip is unpacked into.</summary>
internal static class ZipNames
{
    public static void Check(string name)
    {
        if (name.Length == 0 || name[0] == '/' || name.Contains('\\') || name.Contains(':') || name.Contains('\0')
            || name.Split('/').Any(s => s is "" or "." or ".."))
            throw new InvalidOperationException($"unsafe zip entry name: {name}");
    }
}
