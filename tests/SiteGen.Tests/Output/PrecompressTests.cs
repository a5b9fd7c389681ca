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
