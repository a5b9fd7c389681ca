using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Build;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Bulletin;

/// <summary>The 政府公报 archive of the repository's sample site: pages, counts, reprints, citation line.</summary>
public sealed class BulletinSampleTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    private static readonly HtmlParser Parser = new();

    private IDocument Page(string path) => Parser.ParseDocument(sample.Read(path));

    [Fact]
    public void ArchiveHome_ListsYearsNewestFirst_AndFeaturesLatestIssue()
    {
        var home = Page("gongbao/index.html");
        Assert.Equal(["2026年", "2025年"], home.QuerySelectorAll(".bulletin-year h2 a").Select(a => a.TextContent));
        var latest = home.QuerySelector(".latest-issue .issue-title a")!;
        Assert.Equal("示例区人民政府公报2026年第4期", latest.TextContent);
        Assert.Equal("../gongbao/2026/04/index.html", latest.GetAttribute("href"));
        Assert.Equal(4, home.QuerySelector("#y-2025")!.ParentElement!.QuerySelectorAll(".issue-list a").Length);
        Assert.Contains("总第32期", home.QuerySelector(".latest-issue")!.TextContent);
    }

    [Fact]
    public void YearPage_HasEveryIssueWithNumbersDateArticleCountAndPdfSize()
    {
        var model = sample.Result.Site!;
        foreach (var year in model.Issues.GroupBy(i => i.Issue.Year))
        {
            var page = Page($"gongbao/{year.Key}/index.html");
            var rows = page.QuerySelectorAll("table.bulletin-issues tbody tr");
            var expected = year.OrderByDescending(i => i.Issue.Issue).ToList();
            Assert.Equal(expected.Count, rows.Length);
            for (var n = 0; n < rows.Length; n++)
            {
                var cells = rows[n].Children;
                var issue = expected[n].Issue;
                Assert.StartsWith($"第{issue.Issue}期", cells[0].TextContent);
                Assert.Equal($"总第{issue.TotalIssue}期", cells[1].TextContent);
                Assert.Equal(issue.Date.ToString("yyyy-MM-dd"), cells[2].TextContent);
                Assert.Equal(expected[n].Entries.Count.ToString(), cells[3].TextContent);
                Assert.Matches(@"^PDF：.+（\d+(\.\d)? KB）$", cells[4].TextContent);
            }
        }
    }

    [Fact]
    public void IssuePage_HasTitleTotalNumberDateTocBySectionPdfAndNeighbours()
    {
        var page = Page("gongbao/2025/03/index.html");
        Assert.Equal("示例区人民政府公报2025年第3期", page.QuerySelector("main h1")!.TextContent);
        var meta = page.QuerySelector(".issue-meta")!.TextContent;
        Assert.Contains("总第27期", meta);
        Assert.Contains("2025-09-30", meta);
        Assert.Equal("../../../gongbao/2025/03/gongbao-2025-03.pdf", page.QuerySelector(".issue-meta a")!.GetAttribute("href"));
        Assert.StartsWith("本期刊登区级非物质文化遗产代表性项目名录", page.QuerySelector(".column-intro p")!.TextContent);
        Assert.Equal(["区政府文件", "区政府办公室文件", "部门文件", "人事任免"], page.QuerySelectorAll(".toc h3").Select(h => h.TextContent));
        Assert.Equal("示政发〔2025〕9号", page.QuerySelector(".toc li .doc-number")!.TextContent);
        var nav = page.QuerySelectorAll("nav.prev-next a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("../../../gongbao/2025/02/index.html", nav);
        Assert.Contains("../../../gongbao/2025/04/index.html", nav);
        Assert.Contains("../../../gongbao/sjk/index.html?year=2025&issue=3", nav);
        Assert.True(File.Exists(Path.Combine(sample.Out, "gongbao/2025/03/gongbao-2025-03.pdf")));
    }

    [Fact]
    public void EveryIssueToc_ListsExactlyItsArticlesInOrder()
    {
        var model = sample.Result.Site!;
        Assert.Equal(8, model.Issues.Count);
        foreach (var issue in model.Issues)
        {
            var page = Page($"gongbao/{issue.Issue.Year}/{issue.Issue.Issue:D2}/index.html");
            var links = page.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")!.Replace("../../../", "")).ToList();
            var expected = issue.Sections.SelectMany(s => s.Entries).Select(e => model.PagePath[e.Document.Id]).ToList();
            Assert.Equal(expected, links);
        }
    }

    [Fact]
    public void ReprintedPolicy_KeepsOneCanonicalPage_AndTheIssueLinksToIt()
    {
        var toc = Page("gongbao/2025/02/index.html").QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("../../../xxgk/zcwj/2025/gfxwj-002.html", toc);
        Assert.False(Directory.EnumerateFiles(Path.Combine(sample.Out, "gongbao"), "gfxwj-002*", SearchOption.AllDirectories).Any());
        var policy = Page("xxgk/zcwj/2025/gfxwj-002.html");
        Assert.Equal("../../../gongbao/2025/02/index.html", policy.QuerySelector(".bulletin-source a")!.GetAttribute("href"));
    }

    [Fact]
    public void UnpublishedDocumentNamingAnIssue_IsNotInItsToc()
    {
        var toc = sample.Read("gongbao/2026/02/index.html");
        Assert.DoesNotContain("hidden-ysq", toc);
        Assert.DoesNotContain("SAMPLECANARY", toc);
    }

    [Fact]
    public void ArticlePage_ShowsIssueCitationAndNeighboursInTheIssue()
    {
        var page = Page("gongbao/2025/03/art-02.html");
        var source = page.QuerySelector(".bulletin-source")!;
        Assert.Equal("../../../gongbao/2025/03/index.html", source.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("来源：示例区人民政府公报2025年第3期", source.QuerySelector(".citation")!.TextContent);
        var neighbours = source.QuerySelectorAll(".prev-next a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../../../gongbao/2025/03/art-01.html", "../../../gongbao/2025/03/art-03.html"], neighbours);
    }

    [Fact]
    public void IssueUrls_DependOnlyOnYearAndNumber()
    {
        var report = sample.Result.Site!;
        foreach (var i in report.Issues)
            Assert.Equal($"gongbao/{i.Issue.Year:D4}/{i.Issue.Issue:D2}/index.html", SiteGen.Rendering.BulletinPaths.Issue(report, i.Issue));
    }
}
