namespace SiteGen.Archive;

/// <summary>
/// A zip entry, already compressed: what the central directory needs and where its stored bytes
/// are. Pages and small files hold their stored bytes (<see cref="Bytes"/>); a PDF, an image or any
/// large file keeps only its path (<see cref="File"/>): stored ones are streamed from the output
/// folder, large compressible ones compressed again as they are written, so writing a year's copy
/// never holds its attachments in memory.
/// </summary>
internal sealed record ZipEntryData(string Name, uint Crc, long Size, bool Deflated, long StoredLength, byte[]? Bytes, string? File)
{
    /// <summary>Types that are compressed already; deflating them again costs time and saves nothing.</summary>
    private static readonly HashSet<string> Stored = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".zip", ".gz", ".docx", ".xlsx", ".pptx", ".mp3", ".mp4", ".ofd",
    };

    /// <summary>
    /// Files larger than this are stored, not deflated: <see cref="Output.Precompressor.Deflate"/>
    /// compresses a whole buffer at once, and a 2 GB scan in a year's copy must not need 2 GB of
    /// memory per thread. Attachments that large are nearly always compressed formats already.
    /// </summary>
    public const long DeflateLimit = 32L << 20;

    /// <summary>Compressed entries of files up to this size are kept in memory between the zips that share them.</summary>
    public const long KeepInMemoryLimit = 1L << 20;

    /// <summary>Compresses as the .gz twins are (<see cref="Output.Precompressor.Deflate"/>): the offline copies must not dominate a build's time.</summary>
    public static ZipEntryData Create(string name, byte[] content)
    {
        ZipNames.Check(name);
        // System.IO.Hashing's CRC-32 is vectorised: a byte-at-a-time table loop was a visible share of the offline copies' time.
        var crc = System.IO.Hashing.Crc32.HashToUInt32(content);
        if (Stored.Contains(Path.GetExtension(name)) || content.Length < 64) return InMemory(name, crc, content, false, content);
        var compressed = Output.Precompressor.Deflate(content);
        return compressed.Length < content.Length
            ? InMemory(name, crc, content, true, compressed)
            : InMemory(name, crc, content, false, content);
    }

    /// <summary>
    /// An entry for a file on disk: read and compressed like <see cref="Create"/> when it is small
    /// and of a compressible type (the same bytes as before), else stored and streamed from disk
    /// when the zip is written (only its CRC is computed now, reading it in blocks).
    /// </summary>
    public static ZipEntryData FromFile(string name, string path)
    {
        ZipNames.Check(name);
        var length = new FileInfo(path).Length;
        if (!Stored.Contains(Path.GetExtension(name)) && length <= DeflateLimit)
        {
            var entry = Create(name, System.IO.File.ReadAllBytes(path));
            // A large compressible attachment keeps only its path and sizes; it is compressed again
            // (the same bytes: deflate is deterministic) when each zip that holds it is written,
            // so a year's spreadsheets are not all held in memory at once.
            return entry.Deflated && length > KeepInMemoryLimit ? entry with { Bytes = null, File = path } : entry;
        }
        var crc = new System.IO.Hashing.Crc32();
        // Blocks of 1 MB: Crc32.Append(Stream) reads 4 KB at a time, a system call per 4 KB of a large scan.
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0) crc.Append(buffer.AsSpan(0, n));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
        return new ZipEntryData(name, crc.GetCurrentHashAsUInt32(), length, false, length, null, path);
    }

    private static ZipEntryData InMemory(string name, uint crc, byte[] content, bool deflated, byte[] stored) =>
        new(name, crc, content.Length, deflated, stored.Length, stored, null);

    /// <summary>Writes the stored bytes; a file that changed size since its CRC was taken is an error, not a corrupt zip.</summary>
    public void CopyTo(Stream output)
    {
        if (Bytes is not null)
        {
            output.Write(Bytes);
            return;
        }
        if (Deflated)
        {
            var compressed = Output.Precompressor.Deflate(System.IO.File.ReadAllBytes(File!));
            if (compressed.Length != StoredLength) throw new InvalidOperationException($"{File} changed while its zip was written");
            output.Write(compressed);
            return;
        }
        using var stream = new FileStream(File!, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        if (stream.Length != StoredLength) throw new InvalidOperationException($"{File} changed while its zip was written");
        stream.CopyTo(output, 1 << 20);
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
