using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SiteGen.Reports;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Reports;

/// <summary>
/// Section 二's 规章/行政规范性文件 rows computed from published documents: on an inline site with
/// hand-picked dates (each rule of counting once), and on a generated corpus whose expected counts
/// the test derives itself from the files gencorpus wrote.
/// </summary>
public sealed partial class ReportComputationTests
{
    private const string Report = """
        ---
        title: 2024年政府信息公开工作年度报告
        category: 政府信息公开年报
        disclosure: 主动公开
        date: 2025-01-20
        report_year: 2024
        ---

        ## 一、总体情况

        正文。
        """;

    [Fact]
    public void Counts_FollowWrittenDateValidityAndPublication()
    {
        using var site = new TestSite();
        site.Add("xxgk/nb/2024.md", Report)
            // Written in 2023, published in 2024: made in 2023.
            .Doc("gf/a.md", "category: 行政规范性文件\ndate: 2024-01-03\nwritten: 2023-12-29")
            // Made in 2024 (no written date), repealed in 2024: made and repealed, not in force at the end of 2024.
            .Doc("gf/b.md", "category: 行政规范性文件\ndate: 2024-02-01\nvalidity: 废止\nvalidity_date: 2024-09-30")
            // Expired in 2025: in force at the end of 2024, not repealed in 2024.
            .Doc("gf/c.md", "category: 行政规范性文件\ndate: 2022-05-01\nvalidity: 失效\nvalidity_date: 2025-03-01")
            // Revised in 2024: no longer in force, but not counted as repealed.
            .Doc("gf/d.md", "category: gfxwj\ndate: 2021-05-01\nvalidity: 已修订\nvalidity_date: 2024-06-01")
            // 尚未生效: made in 2024 but not in force.
            .Doc("gf/e.md", "category: 行政规范性文件\ndate: 2024-12-01\nwritten: 2024-11-28\nvalidity: 尚未生效")
            // Not published (依申请公开) and another column: never counted.
            .Doc("gf/f.md", "category: 行政规范性文件\ndate: 2024-03-01\ndisclosure: 依申请公开\ndisclosure_reason: 第十六条")
            .Doc("qt/g.md", "category: 其他文件\ndate: 2024-03-01");
        var result = site.Build("2025-06-01");
        result.NoErrors();
        var report = Assert.Single(result.Site!.Reports.All);
        Assert.Equal(new DocumentCounts(Made: 2, Repealed: 1, InForce: 2), report.Computed[ReportLayout.NormativeDocuments]);
        Assert.False(report.Computed.ContainsKey(ReportLayout.Rules));
        var table = new HtmlParser().ParseDocument(site.Read("xxgk/nb/2024.html")).QuerySelector("#report-table-p1")!;
        Assert.Equal(["2", "1", "2"], table.QuerySelectorAll("tbody tr")[1].QuerySelectorAll("td").Select(td => td.TextContent));
    }

    [Fact]
    public void RulesRow_IsComputedWhenTheSiteHasARulesColumn()
    {
        var yml = TestSite.MinimalSiteYml.Replace("{id: gfxwj, name: 行政规范性文件}", "{id: gfxwj, name: 行政规范性文件}\n              - {id: gz, name: 规章}");
        using var site = new TestSite(yml);
        site.Add("xxgk/nb/2024.md", Report).Doc("gz/a.md", "category: 规章\ndate: 2024-04-01");
        var result = site.Build("2025-06-01");
        result.NoErrors();
        Assert.Equal(new DocumentCounts(1, 0, 1), Assert.Single(result.Site!.Reports.All).Computed[ReportLayout.Rules]);
    }

    [Fact]
    [Slow]
    public void GeneratedCorpus_ReportsCountWhatTheCorpusHolds()
    {
        using var corpus = new Corpus(400, seed: 11, years: "2019-2025");
        var result = Build.SiteBuilder.Build(new Build.BuildOptions { SourceDir = corpus.Root, OutputDir = corpus.Out, AsOf = DateOnly.Parse("2026-06-01") });
        result.NoErrors();
        // Expected counts from the files themselves, read with plain text matching (not the generator's reader).
        var publicIds = corpus.PublicIds.ToHashSet();
        var docs = corpus.Docs.Where(d => d.GetProperty("category").GetString() == "行政规范性文件" && publicIds.Contains(d.GetProperty("id").GetString()!))
            .Select(d => Fields(File.ReadAllText(Path.Combine(corpus.Root, d.GetProperty("path").GetString()!))))
            .ToList();
        Assert.Contains(docs, d => d.Stopped is not null); // the corpus has repealed or expired documents
        var reports = result.Site!.Reports.All;
        Assert.Equal([2019, 2020, 2021, 2022, 2023, 2024], reports.Select(r => r.Year));
        foreach (var report in reports)
        {
            var y = report.Year;
            var end = new DateTime(y, 12, 31);
            var expected = new DocumentCounts(
                docs.Count(d => d.Made.Year == y),
                docs.Count(d => d.Stopped?.Year == y),
                docs.Count(d => d.Made <= end && (d.Stopped is null || d.Stopped > end)));
            Assert.Equal(expected, report.Computed[ReportLayout.NormativeDocuments]);
            var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(corpus.Out, $"xxgk/nb/{y}.html")));
            var cells = page.QuerySelector("#report-table-p1")!.QuerySelectorAll("tbody tr")[1].QuerySelectorAll("td").Select(td => td.TextContent).ToList();
            Assert.Equal([expected.Made.ToString(), expected.Repealed.ToString(), expected.InForce.ToString()], cells);
        }
        Assert.True(File.Exists(Path.Combine(corpus.Out, "xxgk/nb/compare.html")));
    }

    private static (DateTime Made, DateTime? Stopped) Fields(string text)
    {
        DateTime? Get(string key) => FrontMatterLine().Matches(text).Where(m => m.Groups[1].Value == key).Select(m => (DateTime?)DateTime.Parse(m.Groups[2].Value)).FirstOrDefault();
        return (Get("written") ?? Get("date")!.Value, Get("validity_date"));
    }

    [GeneratedRegex(@"^(date|written|validity_date): *""?(\d{4}-\d{2}-\d{2})", RegexOptions.Multiline)]
    private static partial Regex FrontMatterLine();
}
