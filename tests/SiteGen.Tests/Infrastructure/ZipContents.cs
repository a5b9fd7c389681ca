using System.IO.Compression;
using System.Text;

namespace SiteGen.Tests.Bulletin;

/// <summary>The entries of an offline copy, read with the BCL's own zip reader (an independent check of our writer).</summary>
internal sealed class ZipContents
{
    public ZipContents(string file)
    {
        using var zip = ZipFile.OpenRead(file);
        foreach (var e in zip.Entries)
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            Entries[e.FullName] = m.ToArray();
        }
    }

    public SortedDictionary<string, byte[]> Entries { get; } = new(StringComparer.Ordinal);

    public string Text(string name) => Encoding.UTF8.GetString(Entries[name]);

    /// <summary>Entries whose bytes contain any of the strings (as UTF-8), for canary scans.</summary>
    public IEnumerable<(string Entry, string Found)> Containing(IEnumerable<string> needles)
    {
        var encoded = needles.Select(n => (n, Encoding.UTF8.GetBytes(n))).ToList();
        foreach (var (name, bytes) in Entries)
            foreach (var (needle, b) in encoded)
                if (bytes.AsSpan().IndexOf(b) >= 0) yield return (name, needle);
    }

    /// <summary>Names that would land outside the folder the zip is unpacked into.</summary>
    public IEnumerable<string> UnsafeNames => Entries.Keys.Where(n =>
        n.Length == 0 || n.StartsWith('/') || n.Contains('\\') || n.Contains(':') || n.Split('/').Any(s => s is "" or "." or ".."));

    public void ExtractTo(string dir)
    {
        foreach (var (name, bytes) in Entries)
        {
            var path = Path.Combine(dir, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }
    }
}
