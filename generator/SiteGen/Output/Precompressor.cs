using System.IO.Compression;

namespace SiteGen.Output;

/// <summary>
/// Writes FILE.gz beside every text file, for nginx's gzip_static and `sitegen serve`: pages are
/// compressed once per build instead of on every request. .NET's GZipStream writes no file name and
/// a zero timestamp in the gzip header, so the .gz files are as byte-identical across builds as the
/// files they compress (a test holds this).
/// </summary>
internal static class Precompressor
{
    public static void Run(OutputWriter output)
    {
        var texts = OutputTree.Files(output.Root).Where(OutputTree.IsText).ToArray();
        Parallel.ForEach(texts, path =>
        {
            var bytes = File.ReadAllBytes(Path.Combine(output.Root, path));
            output.WriteBytes(path + ".gz", Compress(bytes), output.OwnerOf(path) ?? path);
        });
    }

    public static byte[] Compress(byte[] bytes)
    {
        using var buffer = new MemoryStream(bytes.Length / 3 + 64);
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(bytes);
        return buffer.ToArray();
    }
}
