using System.IO.Compression;

namespace SiteGen.Output;

/// <summary>
/// FILE.gz beside every text file, for nginx's gzip_static and `sitegen serve`: pages are
/// compressed once per build instead of on every request; <see cref="OutputWriter"/> writes the
/// twin when it writes the file, with the fastest compressor the machine has: ISA-L
/// (<see cref="Isal"/>), libdeflate (<see cref="LibDeflate"/>), else .NET's GZipStream. All write
/// no file name and a zero timestamp in the gzip header, so the .gz files are as byte-identical
/// across builds as the files they compress (a test holds this). The offline copies' zip entries
/// are compressed the same way (<see cref="Deflate"/>).
/// </summary>
internal static class Precompressor
{
    public const string Extension = ".gz";

    /// <summary>.NET's zlib (zlib-ng), when libdeflate is not installed: its default level.</summary>
    private static readonly ZLibCompressionOptions Fallback = new() { CompressionLevel = 6 };

    public static byte[] Compress(ReadOnlySpan<byte> bytes) => Isal.Gzip(bytes) ?? LibDeflate.Gzip(bytes) ?? CompressWithZlib(bytes);

    /// <summary>A raw deflate stream (a zip entry's data).</summary>
    public static byte[] Deflate(ReadOnlySpan<byte> bytes) => Isal.Deflate(bytes) ?? LibDeflate.Deflate(bytes) ?? DeflateWithZlib(bytes);

    private static byte[] DeflateWithZlib(ReadOnlySpan<byte> bytes)
    {
        using var buffer = new MemoryStream(bytes.Length / 3 + 64);
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) deflate.Write(bytes);
        return buffer.ToArray();
    }

    public static byte[] CompressWithZlib(ReadOnlySpan<byte> bytes)
    {
        using var buffer = new MemoryStream(bytes.Length / 2 + 64);
        using (var gzip = new GZipStream(buffer, Fallback, leaveOpen: true)) gzip.Write(bytes);
        return buffer.ToArray();
    }
}
