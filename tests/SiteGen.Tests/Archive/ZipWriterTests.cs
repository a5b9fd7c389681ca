using System.IO.Compression;
using System.Text;
using SiteGen.Archive;

namespace SiteGen.Tests.Bulletin;

public sealed class ZipWriterTests
{
    [Theory]
    [InlineData("../evil.html")]
    [InlineData("a/../../evil.html")]
    [InlineData("/etc/passwd")]
    [InlineData("a\\b.html")]
    [InlineData("C:/x.html")]
    [InlineData("a//b.html")]
    [InlineData("./a.html")]
    public void UnsafeEntryName_IsRefused(string name) =>
        Assert.Throws<InvalidOperationException>(() => ZipEntryData.Create(name, [1, 2, 3]));

    [Fact]
    public void Zip_IsReadByTheBclReader_WithContentCrcAndUtf8Names()
    {
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("示例区人民政府公报。", 200)));
        var entries = new[]
        {
            ZipEntryData.Create("公报/2025/说明.html", text),
            ZipEntryData.Create("a.pdf", text),
            ZipEntryData.Create("tiny.txt", [65]),
        };
        Assert.True(entries[0].Deflated);
        Assert.False(entries[1].Deflated);
        using var stream = new MemoryStream();
        ZipWriter.Write(stream, entries, new DateTime(2025, 3, 31));
        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        Assert.Equal(["a.pdf", "tiny.txt", "公报/2025/说明.html"], zip.Entries.Select(e => e.FullName));
        foreach (var e in zip.Entries)
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            Assert.Equal(e.Name == "tiny.txt" ? [65] : text, m.ToArray());
            Assert.Equal(new DateTime(2025, 3, 31), e.LastWriteTime.DateTime);
        }
    }

    [Fact]
    public void SameEntries_GiveTheSameBytes_WhateverTheirOrder()
    {
        var a = ZipEntryData.Create("b.html", Encoding.UTF8.GetBytes(new string('x', 500)));
        var b = ZipEntryData.Create("a.html", Encoding.UTF8.GetBytes(new string('y', 500)));
        using var one = new MemoryStream();
        using var two = new MemoryStream();
        ZipWriter.Write(one, [a, b], new DateTime(2020, 1, 1));
        ZipWriter.Write(two, [b, a], new DateTime(2020, 1, 1));
        Assert.Equal(one.ToArray(), two.ToArray());
    }

    /// <summary>
    /// Attachments are not held in memory: a PDF keeps only its path (streamed when written), a
    /// large compressible file too (compressed again when written), and the zip is the same bytes
    /// as one written from entries held in memory.
    /// </summary>
    [Fact]
    public void FileEntries_KeepOnlyTheirPath_AndWriteTheSameBytesAsEntriesInMemory()
    {
        using var dir = new SiteGen.Tests.Infrastructure.TempDir("sitegen-zipfile");
        var table = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 60_000).Select(i => $"{i},示例区,{i * 7 % 1000}\n")));
        Assert.True(table.Length > ZipEntryData.KeepInMemoryLimit);
        var pdf = Enumerable.Range(0, 300_000).Select(i => (byte)(i * 13 + i / 251)).ToArray();
        File.WriteAllBytes(dir.File("t.csv"), table);
        File.WriteAllBytes(dir.File("s.pdf"), pdf);
        var fromFiles = new[] { ZipEntryData.FromFile("a/预算表.csv", dir.File("t.csv")), ZipEntryData.FromFile("a/s.pdf", dir.File("s.pdf")) };
        Assert.All(fromFiles, e => Assert.Null(e.Bytes));
        Assert.True(fromFiles[0].Deflated);
        Assert.False(fromFiles[1].Deflated);
        var inMemory = new[] { ZipEntryData.Create("a/预算表.csv", table), ZipEntryData.Create("a/s.pdf", pdf) };
        using var one = new MemoryStream();
        using var two = new MemoryStream();
        ZipWriter.Write(one, fromFiles, new DateTime(2025, 1, 1));
        ZipWriter.Write(two, inMemory, new DateTime(2025, 1, 1));
        Assert.Equal(two.ToArray(), one.ToArray());
        one.Position = 0;
        using var zip = new ZipArchive(one, ZipArchiveMode.Read);
        using var csv = new MemoryStream();
        zip.GetEntry("a/预算表.csv")!.Open().CopyTo(csv);
        Assert.Equal(table, csv.ToArray());
    }
}
