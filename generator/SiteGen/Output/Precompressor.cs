using System.IO.Compression;

namespace SiteGen.Output;

/// <summary>
/// FILE.gz beside every text file, for nginx's gzip_static and `sitegen serve`: pages are
/// compressed once per build instead of on every request; <see cref="OutputWriter"/> writes the
/// twin when it writes the file, with libdeflate when the machine has it (<see cref="LibDeflate"/>),
/// else with .NET's GZipStream. Both write no file name and a zero timestamp in the gzip header, so
/// the .gz files are as byte-identical across builds as the files they compress (a test holds this).
/// </summary>
internal static class Precompressor
{
    public const string Extension = ".gz";

    /// <summary>.NET's zlib (zlib-ng), when libdeflate is not installed: its default level.</summary>
    private static readonly ZLibCompressionOptions Fallback = new() { CompressionLevel = 6 };

    public static byte[] Compress(ReadOnlySpan<byte> bytes) => LibDeflate.Gzip(bytes) ?? CompressWithZlib(bytes);

    public static byte[] CompressWithZlib(ReadOnlySpan<byte> bytes)
    {
        using var buffer = new MemoryStream(bytes.Length / 2 + 64);
        using (var gzip = new GZipStream(buffer, Fallback, leaveOpen: true)) gzip.Write(bytes);
        return buffer.ToArray();
    }

    /// <summary>
    /// A raw deflate stream, as a zip entry stores it (the offline copies): libdeflate's level, or
    /// .NET's fastest, since the offline copies must not dominate a build's time.
    /// </summary>
    public static byte[] Deflate(ReadOnlySpan<byte> bytes) => LibDeflate.Deflate(bytes) ?? DeflateWithZlib(bytes);

    private static byte[] DeflateWithZlib(ReadOnlySpan<byte> bytes)
    {
        using var buffer = new MemoryStream(bytes.Length / 3 + 64);
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) deflate.Write(bytes);
        return buffer.ToArray();
    }
}
