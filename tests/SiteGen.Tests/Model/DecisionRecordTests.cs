using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;
using SiteGen.Tests.Theme;

namespace SiteGen.Tests.Citizen;

/// <summary>重大行政决策: the decision record's timeline (征集 → 采纳情况 → 决策文件 → 解读), its links' validation, the 目录 column kind.</summary>
public sealed class DecisionRecordTests
{
    private static TestSite Site(string decision = "  consultation: xxgk/yjzj/zj\n  adopted: xxgk/zcwj/bf")
    {
        var yml = TestSite.MinimalSiteYml.Replace("          - {id: hygk, name: 会议公开}",
            "          - {id: hygk, name: 会议公开}\n          - {id: zdjc, name: 重大行政决策事项目录, kind: decision}");
        Assert.Contains("zdjc", yml);
        var site = new TestSite(yml);
        site.Doc("xxgk/yjzj/zj.md", "category: 意见征集\ntitle: 某办法征求意见\ndate: 2025-03-01\nconsultation:\n  start: 2025-03-01\n  end: 2025-03-31\n  channel: 信函\n  result: xxgk/tzgg/cn");
        site.Doc("xxgk/tzgg/cn.md", "title: 某办法意见采纳情况\ndate: 2025-04-15");
        site.Doc("xxgk/zcwj/bf.md", "category: 行政规范性文件\ntitle: 某办法\ndate: 2025-05-10\ndoc_number: 测政发〔2025〕3号");
        site.Doc("xxgk/zcjd/jd.md", "category: 政策解读\ntitle: 某办法解读\ndate: 2025-05-11\ninterprets: xxgk/zcwj/bf\ninterpretation_form: 图文解读");
        site.Add("xxgk/zdjc/jc.md", $"---\ntitle: 制定某办法\ncategory: 重大行政决策事项目录\ndisclosure: 主动公开\ndate: 2025-02-01\ndecision:\n  year: 2025\n  department: 测试区住建局\n  planned: 2025年6月\n{decision}\n---\n\n说明。\n");
        return site;
    }

    [Fact]
    public void Timeline_TiesConsultationFeedbackDocumentAndInterpretation()
    {
        using var site = Site();
        site.Build("2025-06-01").NoErrors();
        var page = Html.Parse(site.Read("xxgk/zdjc/jc.html"));
        var steps = page.QuerySelectorAll(".timeline li").ToList();
        Assert.Equal(["列入年度目录", "公开征求意见", "意见采纳情况", "作出决策并公布", "政策解读"], steps.Select(s => s.QuerySelector(".step-label").Text()).ToList());
        Assert.Equal([null, "xxgk/yjzj/zj.html", "xxgk/tzgg/cn.html", "xxgk/zcwj/bf.html", "xxgk/zcjd/jd.html"],
            steps.Select(s => s.QuerySelector("a") is { } a ? Html.Target("xxgk/zdjc/jc.html", a) : null).ToList());
        Assert.Equal("已结束", steps[1].QuerySelector(".consultation-status").Text());
        Assert.Contains("测政发〔2025〕3号", steps[3].Text());
        Assert.Contains("已作出决策", page.QuerySelector(".decision-facts").Text());
        // Each step's page links back to the decision.
        foreach (var step in new[] { "xxgk/yjzj/zj.html", "xxgk/tzgg/cn.html", "xxgk/zcwj/bf.html" })
            Assert.Equal("xxgk/zdjc/jc.html", Html.Target(step, Html.Parse(site.Read(step)).QuerySelector(".decision-record a")));
    }

    [Fact]
    public void Timeline_NamesNoUnpublishedTitle_AndShowsTheStepsStillToCome()
    {
        using var site = Site();
        site.Build("2025-04-01").NoErrors();   // 采纳情况, 办法 and 解读 are not yet published
        var html = site.Read("xxgk/zdjc/jc.html");
        Assert.DoesNotContain("某办法意见采纳情况", html);
        Assert.DoesNotContain("某办法解读", html);
        var steps = Html.Parse(html).QuerySelectorAll(".timeline li").ToList();
        Assert.Equal(["step-done", "step-done", "step-todo", "step-todo", "step-todo"], steps.Select(s => s.ClassList.First(c => c.StartsWith("step-"))).ToList());
        Assert.Equal("尚未发布", steps[2].QuerySelector(".step-note").Text());
        Assert.Contains("公开征求意见", Html.Parse(site.Read("xxgk/fdzdgk/zdjc/index.html")).QuerySelector(".decision-list tbody tr").Text());
    }

    [Fact]
    public void DecisionColumn_ListsTheCatalogueAsATable()
    {
        using var site = Site();
        site.Build("2025-06-01").NoErrors();
        var list = Html.Parse(site.Read("xxgk/fdzdgk/zdjc/index.html"));
        var cells = list.QuerySelectorAll(".decision-list tbody td").Select(td => td.Text()).ToList();
        Assert.Equal(["2025", "制定某办法", "测试区住建局", "2025年6月", "已作出决策"], cells);
        Assert.Null(list.QuerySelector(".doc-list"));
    }

    [Theory]
    [InlineData("  consultation: xxgk/yjzj/nope", "broken-ref", 10, "decision.consultation")]
    [InlineData("  adopted: xxgk/zcwj/missing", "broken-ref", 10, "decision.adopted")]
    [InlineData("  consultation: xxgk/tzgg/cn", "bad-ref", 10, "不是意见征集")]
    [InlineData("  feedback: xxgk/tzgg/nope", "broken-ref", 10, "decision.feedback")]
    public void BadLinks_AreErrors_AtTheirLine(string decision, string code, int line, string text)
    {
        using var site = Site(decision);
        var result = site.Build("2025-06-01");
        var d = result.Single(code);
        Assert.Equal((Severity.Error, "content/xxgk/zdjc/jc.md", line), (d.Severity, d.Path, d.Line));
        Assert.True(d.Column > 1, d.ToString());
        Assert.Contains(text, d.Message);
    }

    [Fact]
    public void MissingYear_IsAnError()
    {
        using var site = Site();
        site.Add("xxgk/zdjc/bad.md", "---\ntitle: 无年度\ncategory: 重大行政决策事项目录\ndisclosure: 主动公开\ndate: 2025-02-01\ndecision:\n  department: 某局\n---\n\n正文\n");
        var result = site.Build("2025-06-01");
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Path == "content/xxgk/zdjc/bad.md" && d.Message.Contains("目录年度"));
    }
}
