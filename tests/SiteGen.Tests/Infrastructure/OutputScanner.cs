using System.IO.Compression;
using System.Text;

namespace SiteGen.Tests.Infrastructure;

/// <summary>
/// Reads every byte of a built site as text, including what is inside .gz and .zip files, so a
/// canary string cannot hide in a compressed copy.
/// </summary>
public static class OutputScanner
{
    public static IEnumerable<(string File, string Text)> AllTexts(string outDir)
    {
        foreach (var file in Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(outDir, file);
            var bytes = File.ReadAllBytes(file);
            foreach (var item in Expand(rel, bytes)) yield return item;
        }
    }

    private static IEnumerable<(string, string)> Expand(string name, byte[] bytes)
    {
        yield return (name, Encoding.UTF8.GetString(bytes));
        if (name.EndsWith(".gz", StringComparison.Ordinal))
        {
            using var gz = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var ms = new MemoryStream();
            gz.CopyTo(ms);
            foreach (var inner in Expand(name[..^3], ms.ToArray())) yield return inner;
        }
        else if (name.EndsWith(".zip", StringComparison.Ordinal))
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                using var s = entry.Open();
                using var ms = new MemoryStream();
                s.CopyTo(ms);
                foreach (var inner in Expand($"{name}!{entry.FullName}", ms.ToArray())) yield return inner;
            }
        }
    }

    /// <summary>Every file path (relative, with /) and every file name — a canary may also sit in a name.</summary>
    public static IEnumerable<string> AllNames(string outDir) =>
        Directory.EnumerateFileSystemEntries(outDir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(outDir, f).Replace('\\', '/'));

    /// <summary>SHA-256 of every file, for byte-identical comparisons of two builds.</summary>
    public static SortedDictionary<string, string> Hashes(string outDir)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(outDir, "*", SearchOption.AllDirectories))
            result[Path.GetRelativePath(outDir, file).Replace('\\', '/')] = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
        return result;
    }
}
