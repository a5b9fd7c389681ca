using SiteGen.Output.Compression;

namespace SiteGen.Output;

/// <summary>
/// FILE.gz beside every text file, for nginx's gzip_static and `sitegen serve`: pages are
/// compressed once per build instead of on every request; <see cref="OutputWriter"/> writes the
/// twin when it writes the file. The compressor is SiteGen's own (<see cref="DeflateEncoder"/>), so
/// the bytes are the same on every machine and processor — a site rebuilt elsewhere matches the
/// published one, manifest included — and the gzip header has no name and no time (a test holds this).
/// </summary>
internal static class Precompressor
{
    public const string Extension = ".gz";

    public static byte[] Compress(ReadOnlySpan<byte> bytes) => DeflateEncoder.Gzip(bytes);

    /// <summary>A raw deflate stream, as a zip entry stores it (the offline copies).</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> bytes) => DeflateEncoder.Deflate(bytes);
}
