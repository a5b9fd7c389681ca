using AngleSharp.Html.Parser;
using SiteGen.Archive;
using SiteGen.Build;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Bulletin;

/// <summary>The offline copies (zips) of the sample site's 公报.</summary>
public sealed class OfflineCopySampleTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private static readonly string[] SampleCanaries = ["SAMPLECANARY1", "SAMPLECANARY2", "SAMPLECANARY3", "SAMPLECANARY4"];

    private ZipContents Zip(string path) => new(Path.Combine(sample.Out, path));

    private IEnumerable<string> AllZips => Directory.EnumerateFiles(sample.Out, "*.zip", SearchOption.AllDirectories);

    [Fact]
    public void YearZip_HoldsTheYearsPagesArticlesPdfsStylesAndFinder_AndNothingOfOtherYears()
    {
        var model = sample.Result.Site!;
        var zip = Zip("gongbao/2025/gongbao-2025.zip");
        var expected = new List<string> { "index.html", "gongbao/2025/index.html", "gongbao/sjk/index.html", "gongbao/sjk/data/2025.js", "css/site.css", "js/site.js", "js/gongbao-db.js" };
        foreach (var issue in model.Issues.Where(i => i.Issue.Year == 2025))
        {
            expected.Add($"gongbao/2025/{issue.Issue.Issue:D2}/index.html");
            expected.Add($"gongbao/2025/{issue.Issue.Issue:D2}/{issue.Issue.Pdf}");
            expected.AddRange(issue.Entries.Select(e => model.PagePath[e.Document.Id]));
        }
        Assert.Contains("xxgk/zcwj/2025/gfxwj-002.html", expected);
        foreach (var name in expected) Assert.True(zip.Entries.ContainsKey(name), $"missing {name}");
        Assert.DoesNotContain(zip.Entries.Keys, n => n.StartsWith("gongbao/2026/", StringComparison.Ordinal) || n.EndsWith(".zip", StringComparison.Ordinal) || n == "gongbao/sjk/data/2026.js");
        Assert.DoesNotContain("xxgk/index.html", zip.Entries.Keys);
        // The finder offers this year only.
        var finder = new HtmlParser().ParseDocument(zip.Text("gongbao/sjk/index.html"));
        Assert.Equal(["", "2025"], finder.QuerySelectorAll("select[name=year] option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public void WholeArchiveZip_HoldsEveryIssueAndArticle()
    {
        var model = sample.Result.Site!;
        var zip = Zip("gongbao/gongbao-all.zip");
        foreach (var issue in model.Issues)
        {
            Assert.Contains($"gongbao/{issue.Issue.Year}/{issue.Issue.Issue:D2}/index.html", zip.Entries.Keys);
            foreach (var e in issue.Entries) Assert.Contains(model.PagePath[e.Document.Id], zip.Entries.Keys);
        }
        Assert.Contains("gongbao/index.html", zip.Entries.Keys);
        Assert.Contains("gongbao/sjk/data/2026.js", zip.Entries.Keys);
    }

    [Fact]
    public void NoZipEntry_HoldsAnUnpublishedDocument_OrEscapesItsFolder()
    {
        var zips = AllZips.ToList();
        Assert.Equal(3, zips.Count);
        foreach (var file in zips)
        {
            var zip = new ZipContents(file);
            Assert.Empty(zip.Containing(SampleCanaries));
            Assert.Empty(zip.UnsafeNames);
            Assert.DoesNotContain(zip.Entries.Keys, n => n.Contains("hidden", StringComparison.Ordinal) || n.Contains("future", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void EveryLinkInsideAZip_PointsIntoTheZip_AndNoResourceComesFromAHost()
    {
        var parser = new HtmlParser();
        foreach (var file in AllZips)
        {
            var zip = new ZipContents(file);
            foreach (var (name, _) in zip.Entries.Where(e => e.Key.EndsWith(".html", StringComparison.Ordinal)))
            {
                var page = parser.ParseDocument(zip.Text(name));
                foreach (var (element, attribute) in new[] { ("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("form", "action") })
                {
                    foreach (var el in page.QuerySelectorAll($"{element}[{attribute}]"))
                    {
                        var value = el.GetAttribute(attribute)!;
                        if (element != "a" || !value.StartsWith("http", StringComparison.Ordinal))
                            Assert.False(value.Contains("://", StringComparison.Ordinal) || value.StartsWith("//", StringComparison.Ordinal), $"{file}:{name}: {element} {value}");
                        var target = OfflineLinks.Resolve(name, value);
                        if (target is null) continue;
                        Assert.True(zip.Entries.ContainsKey(target), $"{Path.GetFileName(file)}:{name}: {element} {attribute}=\"{value}\" points outside the zip");
                    }
                }
            }
        }
    }

    [Fact]
    public void SearchBox_InAZip_LeadsToTheCopysOwnSearch()
    {
        var zip = Zip("gongbao/2025/gongbao-2025.zip");
        var page = new HtmlParser().ParseDocument(zip.Text("gongbao/2025/03/index.html"));
        Assert.Equal("../../../search.html", page.QuerySelector("form.search-box")!.GetAttribute("action"));
        Assert.Contains("search.html", zip.Entries.Keys);
        Assert.Contains("search/manifest.js", zip.Entries.Keys);
        // The copy's index holds the copy's articles, not the site's other documents.
        var manifest = zip.Text("search/manifest.js");
        var docs = int.Parse(System.Text.RegularExpressions.Regex.Match(manifest, "\"n\":(\\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(sample.Result.Site!.Issues.Where(i => i.Issue.Year == 2025).SelectMany(i => i.Entries).Select(e => e.Document.Id).Distinct().Count(), docs);
        var year = new HtmlParser().ParseDocument(zip.Text("gongbao/2025/index.html"));
        Assert.Null(year.QuerySelector("a[href$='.zip']"));
        Assert.Null(year.QuerySelector("a[href*='2026']"));
        Assert.NotNull(year.QuerySelector(".archive-nav a[data-offline]"));
    }

    [Fact]
    public void DownloadPage_ListsEveryZipWithItsSize()
    {
        var page = new HtmlParser().ParseDocument(sample.Read("gongbao/xiazai/index.html"));
        var links = page.QuerySelectorAll("table.bulletin-downloads a[download]").ToList();
        Assert.Equal(["../../gongbao/gongbao-all.zip", "../../gongbao/2026/gongbao-2026.zip", "../../gongbao/2025/gongbao-2025.zip"], links.Select(a => a.GetAttribute("href")));
        foreach (var a in links) Assert.Matches(@"（\d+(\.\d)? (KB|MB)）", a.ParentElement!.TextContent);
    }

    [Fact]
    public void Zips_AreByteIdenticalAcrossBuilds_WithOneTimestamp()
    {
        using var dir = new TempDir("sitegen-bulletin-again");
        var again = SiteBuilder.Build(new BuildOptions { SourceDir = Repo.Root, OutputDir = dir.Path, AsOf = DateOnly.Parse(SampleSiteFixture.AsOf) });
        again.NoErrors();
        foreach (var file in AllZips)
        {
            var relative = Path.GetRelativePath(sample.Out, file);
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(dir.Path, relative)));
        }
        using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(sample.Out, "gongbao/2025/gongbao-2025.zip"));
        Assert.Single(zip.Entries.Select(e => e.LastWriteTime.DateTime).Distinct());
        Assert.Equal(new DateTime(2025, 12, 31), zip.Entries[0].LastWriteTime.DateTime);
        Assert.Equal(zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal), zip.Entries.Select(e => e.FullName));
    }
}
