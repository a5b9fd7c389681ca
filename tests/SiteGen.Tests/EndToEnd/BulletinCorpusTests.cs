using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SiteGen.Build;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Bulletin;

/// <summary>A generated site (gencorpus, 2022–2025) built once for the tests of this class.</summary>
public sealed class BulletinCorpusFixture : IDisposable
{
    public BulletinCorpusFixture()
    {
        Corpus = new Corpus(docs: 300, seed: 11, years: "2022-2025");
        Result = SiteBuilder.Build(new BuildOptions { SourceDir = Corpus.Root, OutputDir = Corpus.Out, AsOf = DateOnly.Parse("2026-11-26") });
        if (!Result.Succeeded) throw new InvalidOperationException("corpus does not build:\n" + string.Join("\n", Result.Diagnostics));
    }

    public Corpus Corpus { get; }
    internal BuildResult Result { get; }

    public IEnumerable<JsonElement> Issues => Corpus.Truth.RootElement.GetProperty("issues").EnumerateArray();

    public void Dispose() => Corpus.Dispose();
}

/// <summary>The archive against truth.json: the generator's own idea of what each issue holds.</summary>
[Slow]
public sealed partial class BulletinCorpusTests(BulletinCorpusFixture fixture) : IClassFixture<BulletinCorpusFixture>
{
    private static readonly HtmlParser Parser = new();
    private Corpus Corpus => fixture.Corpus;

    [GeneratedRegex(@"^(section|order):\s*(.+)$", RegexOptions.Multiline)]
    private static partial Regex TocKey();

    private static List<string> Ids(JsonElement issue, string key) => issue.GetProperty(key).EnumerateArray().Select(a => a.GetString()!).ToList();

    /// <summary>
    /// The table of contents truth.json implies: articles and reprints ordered by `order` (none
    /// last), date, title, id; then grouped by section in order of first appearance.
    /// </summary>
    private List<string> ExpectedToc(JsonElement issue)
    {
        var docs = Corpus.Docs.ToDictionary(d => d.GetProperty("id").GetString()!);
        var entries = Ids(issue, "articles").Concat(Ids(issue, "reprints")).Select(id =>
        {
            var keys = TocKey().Matches(File.ReadAllText(Path.Combine(Corpus.Root, "content", id + ".md")).Split("\n---", 2)[0])
                .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim());
            return (Id: id, Section: keys.GetValueOrDefault("section", "其他"), Order: keys.TryGetValue("order", out var o) ? int.Parse(o) : int.MaxValue,
                Date: docs[id].GetProperty("date").GetString()!, Title: docs[id].GetProperty("title").GetString()!);
        }).OrderBy(e => e.Order).ThenBy(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.Title, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        return entries.GroupBy(e => e.Section).SelectMany(g => g).Select(e => e.Id).ToList();
    }

    private static string IssuePath(JsonElement issue) => $"gongbao/{issue.GetProperty("year").GetInt32()}/{issue.GetProperty("issue").GetInt32():D2}/index.html";

    [Fact]
    public void EveryIssueInTruth_HasItsPage_WithTitleTotalNumberAndDate()
    {
        Assert.Equal(48, fixture.Issues.Count());
        foreach (var issue in fixture.Issues)
        {
            var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(Corpus.Out, IssuePath(issue))));
            Assert.Equal($"示例区人民政府公报{issue.GetProperty("year").GetInt32()}年第{issue.GetProperty("issue").GetInt32()}期", page.QuerySelector("main h1")!.TextContent);
            var meta = page.QuerySelector(".issue-meta")!.TextContent;
            Assert.Contains($"总第{issue.GetProperty("total_issue").GetInt32()}期", meta);
            Assert.Contains(issue.GetProperty("date").GetString()!, meta);
        }
    }

    [Fact]
    public void EveryIssueToc_ListsExactlyItsArticlesAndReprints_InOrder()
    {
        var withReprints = 0;
        foreach (var issue in fixture.Issues)
        {
            var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(Corpus.Out, IssuePath(issue))));
            var toc = page.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")!.Replace("../../../", "")[..^".html".Length]).ToList();
            Assert.Equal(ExpectedToc(issue), toc);
            if (Ids(issue, "reprints").Count > 0) withReprints++;
        }
        Assert.True(withReprints > 0, "the corpus should reprint some policy documents in issues");
    }

    [Fact]
    public void YearPages_CountIssuesAndArticles()
    {
        foreach (var year in fixture.Issues.GroupBy(i => i.GetProperty("year").GetInt32()))
        {
            var page = Parser.ParseDocument(File.ReadAllText(Path.Combine(Corpus.Out, $"gongbao/{year.Key}/index.html")));
            var rows = page.QuerySelectorAll("table.bulletin-issues tbody tr");
            Assert.Equal(year.Count(), rows.Length);
            var counts = rows.ToDictionary(r => r.Children[0].TextContent.Split('期')[0] + "期", r => int.Parse(r.Children[3].TextContent));
            foreach (var issue in year)
                Assert.Equal(Ids(issue, "articles").Count + Ids(issue, "reprints").Count, counts[$"第{issue.GetProperty("issue").GetInt32()}期"]);
        }
    }

    [Fact]
    public void DatabaseData_HasOneRowPerArticlePerIssue()
    {
        var years = fixture.Issues.GroupBy(i => i.GetProperty("year").GetInt32()).ToList();
        var data = BulletinDatabaseTests.LoadData(Corpus.Out, years.Select(y => y.Key));
        foreach (var (year, registered) in years.Zip(data))
        {
            var expected = year.SelectMany(i => Ids(i, "articles").Concat(Ids(i, "reprints"))).Select(id => id + ".html").Order(StringComparer.Ordinal);
            Assert.Equal(expected, registered.GetProperty("articles").EnumerateArray().Select(r => r[6].GetString()!).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void YearZips_HoldTheYearsIssuesAndArticles()
    {
        foreach (var year in fixture.Issues.GroupBy(i => i.GetProperty("year").GetInt32()))
        {
            var zip = new ZipContents(Path.Combine(Corpus.Out, $"gongbao/{year.Key}/gongbao-{year.Key}.zip"));
            foreach (var issue in year)
            {
                Assert.Contains(IssuePath(issue), zip.Entries.Keys);
                Assert.Contains($"{issue.GetProperty("id").GetString()}/gongbao-{year.Key}-{issue.GetProperty("issue").GetInt32():D2}.pdf", zip.Entries.Keys);
                foreach (var id in Ids(issue, "articles").Concat(Ids(issue, "reprints"))) Assert.Contains(id + ".html", zip.Entries.Keys);
            }
            Assert.DoesNotContain(zip.Entries.Keys, n => n.StartsWith("gongbao/", StringComparison.Ordinal) && n.Length > 12 && char.IsDigit(n[8]) && !n.StartsWith($"gongbao/{year.Key}/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void NoZipEntry_HoldsAnyCanary_OrAnUnpublishedPage()
    {
        var canaries = Corpus.Canaries.ToList();
        Assert.NotEmpty(canaries);
        var hidden = Corpus.Docs.Where(d => !d.GetProperty("public").GetBoolean()).Select(d => d.GetProperty("id").GetString() + ".html").ToHashSet();
        var zips = Directory.EnumerateFiles(Corpus.Out, "*.zip", SearchOption.AllDirectories).ToList();
        Assert.Equal(5, zips.Count);
        foreach (var file in zips)
        {
            var zip = new ZipContents(file);
            Assert.Empty(zip.Containing(canaries));
            Assert.Empty(zip.UnsafeNames);
            Assert.DoesNotContain(zip.Entries.Keys, hidden.Contains);
        }
    }
}
