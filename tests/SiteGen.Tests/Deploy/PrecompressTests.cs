using System.IO.Compression;
using SiteGen.Output;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Deploy;

/// <summary>FILE.gz beside every text file, for gzip_static: complete, faithful and deterministic.</summary>
public sealed class PrecompressTests
{
    [Fact]
    public void EveryTextFile_HasAGzTwinWithTheSameBytes_AndNothingElseHasOne()
    {
        using var site = new TestSite();
        site.AddBytes("x/fj.pdf", "%PDF-1.4"u8.ToArray());
        site.Doc("x/a.md", "attachments:\n  - file: fj.pdf\n    title: 附件一");
        site.Build().NoErrors();
        var files = OutputTree.Files(site.Out);
        // The manifest is written after compression (it hashes the .gz files) and is never served.
        var texts = files.Where(f => !f.EndsWith(".gz", StringComparison.Ordinal) && OutputTree.IsText(f) && f != IntegrityManifest.ManifestPath).ToList();
        Assert.Contains("x/a.html", texts);
        Assert.Contains("css/site.css", texts);
        Assert.Contains("feed.xml", texts);
        foreach (var text in texts)
        {
            Assert.Contains(text + ".gz", files);
            using var gzip = new GZipStream(File.OpenRead(Path.Combine(site.Out, text + ".gz")), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            gzip.CopyTo(plain);
            Assert.Equal(File.ReadAllBytes(Path.Combine(site.Out, text)), plain.ToArray());
        }
        Assert.DoesNotContain("x/fj.pdf.gz", files);
        Assert.DoesNotContain("favicon.png.gz", files);
        Assert.Equal(texts.Count, files.Count(f => f.EndsWith(".gz", StringComparison.Ordinal)));
    }

    public static TheoryData<string> Compressors => ["libdeflate", "zlib"];

    private static byte[] Gzip(string compressor, byte[] bytes) => compressor == "zlib" ? Precompressor.CompressWithZlib(bytes) : LibDeflate.Gzip(bytes)!;

    [Theory]
    [MemberData(nameof(Compressors))]
    public void GzipHeader_HasNoNameAndNoTimestamp_SoBuildsStayByteIdentical(string compressor)
    {
        var a = Gzip(compressor, "<p>政务公开</p>"u8.ToArray());
        Thread.Sleep(1100);
        var b = Gzip(compressor, "<p>政务公开</p>"u8.ToArray());
        Assert.Equal(a, b);
        Assert.Equal([0x1f, 0x8b, 8], a[..3]);
        Assert.Equal(0, a[3] & 0x08);            // FLG.FNAME: no file name
        Assert.Equal([0, 0, 0, 0], a[4..8]);    // MTIME: none
    }

    [Theory]
    [MemberData(nameof(Compressors))]
    public void BothCompressors_WriteGzipAndDeflateThatDecompressToTheInput(string compressor)
    {
        // Empty, tiny, incompressible and large repetitive inputs: the edges of a compressor's bounds.
        var random = new Random(7);
        var noise = new byte[70_000];
        random.NextBytes(noise);
        var text = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>示例区人民政府关于政务公开的通知</p>\n", 5000)));
        foreach (var input in new[] { Array.Empty<byte>(), "a"u8.ToArray(), noise, text })
        {
            using var gzip = new GZipStream(new MemoryStream(Gzip(compressor, input)), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            gzip.CopyTo(plain);
            Assert.Equal(input, plain.ToArray());
            if (compressor != "libdeflate") continue;
            using var deflate = new DeflateStream(new MemoryStream(LibDeflate.Deflate(input)!), CompressionMode.Decompress);
            using var raw = new MemoryStream();
            deflate.CopyTo(raw);
            Assert.Equal(input, raw.ToArray());
        }
    }

    [Fact]
    public void LibDeflate_IsInstalledByTheDependencyScript_SoBuildsUseTheFastCompressor()
    {
        // scripts/install-deps.sh installs Debian's libdeflate0; without it builds silently take the
        // slower zlib path, which this test makes visible.
        Assert.True(LibDeflate.Available, "libdeflate.so.0 not found: run scripts/install-deps.sh (Debian package libdeflate0)");
    }

    [Fact]
    public void TwoBuilds_GiveIdenticalGzFilesAndManifest()
    {
        using var site = new TestSite();
        for (var i = 0; i < 5; i++) site.Doc($"x/{i}.md", $"title: 通知{i}");
        site.Build().NoErrors();
        var first = OutputScanner.Hashes(site.Out);
        Thread.Sleep(1100);
        site.Build().NoErrors();
        Assert.Equal(first, OutputScanner.Hashes(site.Out));
        Assert.Contains(first.Keys, k => k.EndsWith(".html.gz", StringComparison.Ordinal));
        Assert.Contains(IntegrityManifest.ManifestPath, first.Keys);
    }
}
