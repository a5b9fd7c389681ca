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
}
