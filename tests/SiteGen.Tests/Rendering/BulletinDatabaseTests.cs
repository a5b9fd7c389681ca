using System.Text.Json;
using AngleSharp.Html.Parser;
using Jint;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Bulletin;

/// <summary>The 公报数据库 page and its per-year data scripts.</summary>
public sealed class BulletinDatabaseTests(SampleSiteFixture sample) : IClassFixture<SampleSiteFixture>
{
    /// <summary>Runs the data scripts in Jint and returns what each registered.</summary>
    internal static List<JsonElement> LoadData(string outDir, IEnumerable<int> years)
    {
        var engine = new Engine(o => o.LimitRecursion(256).TimeoutInterval(TimeSpan.FromSeconds(10)));
        engine.Execute("var registered = []; var GongbaoDB = { add: function (d) { registered.push(d); } };");
        foreach (var y in years) engine.Execute(File.ReadAllText(Path.Combine(outDir, $"gongbao/sjk/data/{y}.js")));
        return JsonDocument.Parse(engine.Evaluate("JSON.stringify(registered)").AsString()).RootElement.EnumerateArray().ToList();
    }

    [Fact]
    public void DataScripts_ListEveryArticleOfEveryIssue()
    {
        var model = sample.Result.Site!;
        var data = LoadData(sample.Out, [2025, 2026]);
        foreach (var year in data)
        {
            var y = year.GetProperty("year").GetInt32();
            var issues = model.Issues.Where(i => i.Issue.Year == y).ToList();
            var rows = year.GetProperty("articles").EnumerateArray().ToList();
            Assert.Equal(issues.Sum(i => i.Entries.Count), rows.Count);
            var expected = issues.SelectMany(i => i.Entries.Select(e => model.PagePath[e.Document.Id])).ToList();
            Assert.Equal(expected, rows.Select(r => r[6].GetString()));
            var organs = year.GetProperty("organs").EnumerateArray().Select(o => o.GetString()).ToList();
            var first = issues[0].Entries[0].Document;
            Assert.Equal(first.Title, rows[0][0].GetString());
            Assert.Equal(first.DocNumber ?? "", rows[0][1].GetString());
            Assert.Equal(first.Organ, organs[rows[0][2].GetInt32()]);
        }
    }

    [Fact]
    public void Page_LoadsItsScriptFromAFile_AndWithoutScriptLinksEveryYear()
    {
        var page = new HtmlParser().ParseDocument(sample.Read("gongbao/sjk/index.html"));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.Equal("../../js/gongbao-db.js", page.QuerySelector("main script")!.GetAttribute("src"));
        Assert.True(page.QuerySelector("form#gbdb")!.HasAttribute("hidden"));
        Assert.Equal(["../../gongbao/2026/index.html", "../../gongbao/2025/index.html"],
            page.QuerySelectorAll(".archive-nav a").Select(a => a.GetAttribute("href")));
        Assert.Contains("示例区人民政府办公室", page.QuerySelectorAll("select[name=organ] option").Select(o => o.TextContent));
    }

    [Fact]
    public void DataScripts_EscapeWhatCouldEndOrBreakAScript()
    {
        using var site = new TestSite();
        site.Add("gongbao/2025/01/_issue.md", "---\nyear: 2025\nissue: 1\ndate: 2025-01-31\n---\n");
        // YAML's own escapes put the line and paragraph separators into the title.
        site.Doc("gongbao/2025/01/art-01.md", "title: \"关于</script><script>alert(1)</script>\\u2028\\u2029的通知\"\ncategory: 政府公报\ndate: 2025-01-31\norgan: 测试区\"财政局'");
        site.Build().NoErrors();
        var script = site.Read("gongbao/sjk/data/2025.js");
        Assert.DoesNotContain("</script", script, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\u2028", script);
        Assert.DoesNotContain("\u2029", script);
        var data = LoadData(site.Out, [2025]);
        Assert.Equal("关于</script><script>alert(1)</script>\u2028\u2029的通知", data[0].GetProperty("articles")[0][0].GetString());
    }
}
