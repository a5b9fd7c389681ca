using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SiteGen.Archive;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Bulletin;

/// <summary>
/// Zip64: written only where a value needs it, read back by unzip, 7-Zip, bsdtar, Python and .NET.
/// The 4 GB limit is reached for real once (a sparse file, so it costs little disk), and through
/// <see cref="ZipLimits"/> lowered to a few bytes, which writes the same zip64 records for every
/// kind of entry in a zip of kilobytes.
/// </summary>
[Slow]
public sealed class Zip64Tests
{
    private const uint Zip64EndSignature = 0x06064b50;
    private static readonly DateTime Stamp = new(2025, 3, 31);

    private static List<ZipEntryData> MixedEntries(TempDir dir)
    {
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("示例区人民政府公报。", 300)));
        var pdf = dir.File("scan.pdf");
        File.WriteAllBytes(pdf, Enumerable.Range(0, 5000).Select(i => (byte)(i * 7)).ToArray());
        return
        [
            ZipEntryData.Create("gongbao/2025/01/index.html", text),
            ZipEntryData.Create("gongbao/2025/01/附件：预算表.txt", text),
            ZipEntryData.FromFile("gongbao/2025/01/scan.pdf", pdf),
            ZipEntryData.Create("tiny.txt", [65]),
            ZipEntryData.Create("css/site.css", Encoding.UTF8.GetBytes(new string('a', 3000))),
        ];
    }

    [Fact]
    public void BelowTheLimits_NoZip64RecordIsWritten()
    {
        using var dir = new TempDir("sitegen-zip64");
        using var stream = new MemoryStream();
        ZipWriter.Write(stream, MixedEntries(dir), Stamp);
        Assert.Equal(-1, IndexOf(stream.ToArray(), Zip64EndSignature));
        // Version needed 2.0 everywhere: the zip opens in readers that predate zip64.
        Assert.Equal(20, BinaryPrimitives.ReadUInt16LittleEndian(stream.ToArray().AsSpan(4)));
    }

    [Fact]
    public void LoweredLimits_WriteZip64ForEveryField_AndEveryReaderReadsIt()
    {
        using var dir = new TempDir("sitegen-zip64");
        var entries = MixedEntries(dir);
        var zip = dir.File("zip64.zip");
        // Entries ≥ 3 and any size or offset ≥ 1000: counts, sizes, offsets and the directory all overflow.
        using (var output = File.Create(zip)) ZipWriter.Write(output, entries, Stamp, new ZipLimits(Entries: 3, Bytes: 1000));
        var bytes = File.ReadAllBytes(zip);
        Assert.NotEqual(-1, IndexOf(bytes, Zip64EndSignature));
        Assert.Equal(0xFFFF, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(bytes.Length - 22 + 10)));
        ArchiveReaders.AssertAllRead(zip, entries.Select(e => e.Name).ToList());
        AssertSameContent(zip, entries);
    }

    [Fact]
    public void MoreThan65535Entries_AreOneZipThatEveryReaderReads()
    {
        using var dir = new TempDir("sitegen-zip64");
        var entries = Enumerable.Range(0, 70_000).Select(i => ZipEntryData.Create($"gongbao/{i / 1000:D3}/第{i:D5}篇.txt", Encoding.UTF8.GetBytes($"{i}"))).ToList();
        var zip = dir.File("many.zip");
        using (var output = File.Create(zip)) ZipWriter.Write(output, entries, Stamp);
        var bytes = File.ReadAllBytes(zip);
        Assert.NotEqual(-1, IndexOf(bytes, Zip64EndSignature));
        ArchiveReaders.AssertAllRead(zip, entries.Select(e => e.Name).ToList());
        using var read = ZipFile.OpenRead(zip);
        Assert.Equal(70_000, read.Entries.Count);
    }

    /// <summary>
    /// A real 4.3 GB entry streamed from a sparse file into a sparse zip: the entry after it starts
    /// past 4 GB, so its offset, the big entry's sizes and the directory's offset all need zip64.
    /// The readers list it and Python reads the entry that lies past 4 GB (a CRC test of 4.3 GB by
    /// four readers would take minutes; the lowered-limit test covers the CRCs).
    /// </summary>
    [Fact]
    public void EntryLargerThan4GB_IsStreamedFromDisk_AndTheZipIsListedByEveryReader()
    {
        using var dir = new TempDir("sitegen-zip64");
        const long size = 4_300_000_000;
        var big = dir.File("big.pdf");
        using (var f = File.Create(big)) f.SetLength(size);
        var entries = new List<ZipEntryData>
        {
            ZipEntryData.FromFile("a/big.pdf", big),
            ZipEntryData.Create("z/after.html", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("之后的页面。", 100)))),
        };
        Assert.Null(entries[0].Bytes);
        var zip = dir.File("big.zip");
        using (var output = new SparseFile(zip)) ZipWriter.Write(output, entries, Stamp);
        Assert.True(new FileInfo(zip).Length > size);

        var names = new[] { "a/big.pdf", "z/after.html" };
        Assert.Contains("a/big.pdf", ArchiveReaders.Run("unzip", ["-l", zip]));
        Assert.Contains("4300000000", ArchiveReaders.Run(ArchiveReaders.SevenZip(), ["l", zip]));
        Assert.Equal(names, ArchiveReaders.Run("bsdtar", ["-tf", zip]).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var python = ArchiveReaders.Run("python3", ["-c",
            "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nb = z.getinfo('a/big.pdf')\na = z.getinfo('z/after.html')\n" +
            "assert b.file_size == 4300000000 and a.header_offset > 4300000000, (b.file_size, a.header_offset)\n" +
            "sys.stdout.buffer.write(z.read('z/after.html'))\n", zip]);
        Assert.StartsWith("之后的页面。", python);
        using var read = ZipFile.OpenRead(zip);
        Assert.Equal(size, read.GetEntry("a/big.pdf")!.Length);
    }

    private static void AssertSameContent(string zip, List<ZipEntryData> entries)
    {
        using var read = ZipFile.OpenRead(zip);
        Assert.Equal(entries.Count, read.Entries.Count);
        foreach (var e in entries)
        {
            using var s = read.GetEntry(e.Name)!.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            Assert.Equal(e.Size, m.Length);
            Assert.Equal(e.Crc, System.IO.Hashing.Crc32.HashToUInt32(m.ToArray()));
        }
    }

    private static int IndexOf(byte[] bytes, uint signature)
    {
        Span<byte> s = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(s, signature);
        return bytes.AsSpan().IndexOf(s);
    }

    /// <summary>A file written through a stream that leaves holes where a block is all zeros: a 4 GB zip of zeros takes no disk.</summary>
    private sealed class SparseFile(string path) : Stream
    {
        private readonly FileStream _file = new(path, FileMode.CreateNew, FileAccess.Write);
        private long _position;

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (buffer.IndexOfAnyExcept((byte)0) >= 0)
            {
                _file.Position = _position;
                _file.Write(buffer);
            }
            _position += buffer.Length;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _file.SetLength(_position);
                _file.Dispose();
            }
            base.Dispose(disposing);
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _position;
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() => _file.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
