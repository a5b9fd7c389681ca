using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Output;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Output;

/// <summary>
/// The link-check stage given written pages, without a build: the write stage hands each page to
/// the check's scan (<see cref="ScannedPages"/>) and runs no scanner of its own; the check turns
/// what is broken into diagnostics.
/// </summary>
public sealed class LinkCheckStageTests
{
    private static SiteConfig Config(TestSite site) => SiteConfigLoader.Load(site.Root, new DiagnosticBag())!;

    [Fact]
    public void PagesHandedOverByTheWriter_AreChecked_AndBrokenLinksBecomeDiagnosticsAtTheirSource()
    {
        using var site = new TestSite();
        using var staging = new TempDir("sitegen-links");
        var diagnostics = new DiagnosticBag();
        var scanned = new ScannedPages();
        var output = new OutputWriter(staging.Path, diagnostics, reader: scanned);
        output.Write("index.html", """<a href="a/page.html">ok</a> <a href="a/page.html#here">anchor</a> <a href="missing.html">gone</a>""", "site.yml");
        output.Write("a/page.html", """<h1 id="here">x</h1><a href="../index.html#nowhere">bad anchor</a><a href="http://www.gov.cn/">external</a>""", "content/a/page.md");
        output.WriteBytes("a/data.js", "var x = '<a href=\"nope.html\">';"u8.ToArray(), "site.yml");

        Assert.NotNull(scanned.Of("index.html"));
        Assert.Null(scanned.Of("a/data.js"));
        LinkChecker.Check(scanned, output, Config(site), site.Root, diagnostics);

        var broken = diagnostics.Sorted().Where(d => d.Code == "broken-link").Select(d => (File: d.Path, d.Message)).ToList();
        Assert.Equal(2, broken.Count);
        Assert.Contains(broken, b => b.File == "site.yml" && b.Message.Contains("missing.html"));
        Assert.Contains(broken, b => b.File == "content/a/page.md" && b.Message.Contains("#nowhere"));
    }

    [Fact]
    public void APageTheWriterOnlyCopied_IsReadFromTheOutput()
    {
        using var site = new TestSite();
        using var staging = new TempDir("sitegen-links");
        using var source = new TempDir("sitegen-links-src");
        File.WriteAllText(source.File("copied.html"), """<a href="absent.html">x</a>""");
        var diagnostics = new DiagnosticBag();
        var scanned = new ScannedPages();
        var output = new OutputWriter(staging.Path, diagnostics, reader: scanned);
        output.Copy(source.File("copied.html"), "copied.html", "static/copied.html");

        Assert.Null(scanned.Of("copied.html"));
        LinkChecker.Check(scanned, output, Config(site), site.Root, diagnostics);

        Assert.Contains(diagnostics.Sorted(), d => d.Code == "broken-link" && d.Message.Contains("absent.html"));
    }
}
