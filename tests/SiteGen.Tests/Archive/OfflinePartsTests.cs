using System.IO.Compression;
using AngleSharp.Html.Parser;
using SiteGen.Build;
using SiteGen.Tests.Deploy;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Bulletin;

/// <summary>
/// A copy too large for one file: the sample site with print PDFs of 700 KB (random, so they do
/// not compress) and `offline_part_mb: 1` is split into one part per issue, each a complete zip
/// that every reader opens, listed on the download page with its size and issues.
/// </summary>
public sealed class OfflinePartsTests : IDisposable
{
    private readonly TempDir _dir = new("sitegen-parts");
    private string Out => _dir.File("public");

    public void Dispose() => _dir.Dispose();

    private BuildResult Build(string partSetting, int pdfPadding = 700_000)
    {
        DeployedSite.CopySampleSite(_dir.Path, DeployedSite.BaseUrl);
        var random = new Random(22);
        foreach (var pdf in Directory.EnumerateFiles(_dir.File("content/gongbao"), "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var padding = new byte[pdf.Contains("2025-03", StringComparison.Ordinal) ? pdfPadding : 700_000];
            random.NextBytes(padding);
            using var stream = new FileStream(pdf, FileMode.Append);
            stream.Write(padding);
        }
        var yml = File.ReadAllText(_dir.File("site.yml"));
        Assert.Contains("  path: gongbao\n", yml);
        File.WriteAllText(_dir.File("site.yml"), yml.Replace("  path: gongbao\n", $"  path: gongbao\n{partSetting}"));
        return SiteBuilder.Build(new BuildOptions { SourceDir = _dir.Path, OutputDir = Out, AsOf = DateOnly.Parse(SampleSiteFixture.AsOf) });
    }

    [Fact]
    [Slow]
    public void LargeCopies_AreSplitIntoCompleteParts_ThatTheDownloadPageLists()
    {
        var result = Build("  offline_part_mb: 1\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var site = result.Site!;
        Assert.False(File.Exists(Path.Combine(Out, "gongbao/2025/gongbao-2025.zip")));
        Assert.False(File.Exists(Path.Combine(Out, "gongbao/gongbao-all.zip")));
        var downloads = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Out, "gongbao/xiazai/index.html")));
        Assert.Contains("超过 1 MB 的离线包按期拆分为几个部分", downloads.Body!.TextContent);

        foreach (var (prefix, issues) in site.Issues.GroupBy(i => i.Issue.Year).Select(g => ($"gongbao/{g.Key}/gongbao-{g.Key}", g.ToList()))
                     .Append(("gongbao/gongbao-all", site.Issues.ToList())))
        {
            var parts = Enumerable.Range(1, 100).Select(n => $"{prefix}-part{n}.zip").TakeWhile(p => File.Exists(Path.Combine(Out, p))).ToList();
            // Two 700 KB issues never fit 1 MB: one part per issue, each issue in exactly one part.
            Assert.Equal(issues.Count, parts.Count);
            var held = new List<string>();
            foreach (var (part, n) in parts.Select((p, i) => (p, i + 1)))
            {
                var file = Path.Combine(Out, part);
                Assert.InRange(new FileInfo(file).Length, 700_000, 1L << 20);
                using var zip = ZipFile.OpenRead(file);
                var names = zip.Entries.Select(e => e.FullName).ToList();
                ArchiveReaders.AssertAllRead(file, names);
                // Complete on its own: a start page, the theme, and its issue's page, PDF and articles.
                Assert.Contains("index.html", names);
                Assert.Contains("css/site.css", names);
                var issuePages = names.Where(x => System.Text.RegularExpressions.Regex.IsMatch(x, @"^gongbao/\d{4}/\d\d/index\.html$")).ToList();
                var issue = Assert.Single(issuePages);
                held.Add(issue);
                var model = site.Issues.Single(i => issue == $"gongbao/{i.Issue.Year}/{i.Issue.Issue:D2}/index.html");
                Assert.Contains($"gongbao/{model.Issue.Year}/{model.Issue.Issue:D2}/{model.Issue.Pdf}", names);
                Assert.All(model.Entries, e => Assert.Contains(site.PagePath[e.Document.Id], names));
                // Of print PDFs only its issue's; other PDFs are those made of its policies (their pages link them).
                var madeOfPolicies = model.Entries.Select(e => SiteGen.Rendering.Pdf.PolicyPdf.PathFor(site.PagePath[e.Document.Id])).ToHashSet();
                Assert.Single(names, x => x.EndsWith(".pdf", StringComparison.Ordinal) && !madeOfPolicies.Contains(x));
                // The download page names the part, its size and the issue it holds.
                var link = downloads.QuerySelectorAll("a[download]").Single(a => a.GetAttribute("href")!.EndsWith(Path.GetFileName(part), StringComparison.Ordinal));
                Assert.Contains($"第{n}部分", link.TextContent);
                var item = link.ParentElement!.TextContent;
                Assert.Matches(@"（7\d\d(\.\d)? KB）", item);
                Assert.EndsWith(prefix.EndsWith("all", StringComparison.Ordinal) ? $"{model.Issue.Year}年第{model.Issue.Issue}期" : $"第{model.Issue.Issue}期", item);
            }
            Assert.Equal(held.Count, held.Distinct().Count());
        }
        // The year page points to the download page instead of a zip that does not exist.
        var year = File.ReadAllText(Path.Combine(Out, "gongbao/2025/index.html"));
        Assert.Contains("本年离线包较大，分为 4 个部分", year);
        Assert.DoesNotContain("gongbao-2025.zip", year);
    }

    [Fact]
    public void ZeroPartSize_NeverSplits()
    {
        var result = Build("  offline_part_mb: 0\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(File.Exists(Path.Combine(Out, "gongbao/2025/gongbao-2025.zip")));
        Assert.False(File.Exists(Path.Combine(Out, "gongbao/2025/gongbao-2025-part1.zip")));
    }

    [Fact]
    public void NegativePartSize_IsAnErrorAtItsLine()
    {
        var result = Build("  offline_part_mb: -5\n");
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "bad-value");
        Assert.Equal("site.yml", error.Path);
        // The line right after `path: gongbao`, wherever the sample's site.yml puts it.
        var yml = File.ReadAllLines(Path.Combine(Repo.Root, "site.yml"));
        Assert.Equal(Array.IndexOf(yml, "  path: gongbao") + 2, error.Line);
        Assert.Contains("offline_part_mb", error.Message);
    }

    [Fact]
    public void AnIssueLargerThanAPart_IsWrittenAlone_WithAWarningAtThatIssue()
    {
        var result = Build("  offline_part_mb: 1\n", pdfPadding: 1_300_000);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "offline-part-large");
        Assert.EndsWith("gongbao/2025/03/_issue.md", warning.Path.Replace('\\', '/'));
        Assert.Contains("2025 年第 3 期", warning.Message);
        Assert.True(new FileInfo(Path.Combine(Out, "gongbao/2025/gongbao-2025-part3.zip")).Length > 1L << 20);
        Assert.True(new FileInfo(Path.Combine(Out, "gongbao/2025/gongbao-2025-part2.zip")).Length < 1L << 20);
    }
}
