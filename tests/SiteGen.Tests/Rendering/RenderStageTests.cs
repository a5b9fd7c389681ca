using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// The render stage on a small site model, without a build: what it returns for the later stages
/// (search index, offline copies, the report's external links) and what it hands to the search
/// stage's seam as the documents render.
/// </summary>
public sealed class RenderStageTests
{
    [Fact]
    public void Documents_ReturnEachPublishedPageAsData_AndHandTheirBodiesToTheSearchSeam()
    {
        using var site = new TestSite();
        site.Doc("xxgk/fdzdgk/tzgg/a.md", "title: 关于甲事项的通知", "甲事项正文，详见[国务院网站](http://www.gov.cn/zhengce/a.html)和[另一个](https://b.example.cn/x)。")
            .Doc("xxgk/fdzdgk/gzdt/b.md", "title: 乙工作动态\ncategory: 工作动态", "乙工作的正文。")
            .Doc("xxgk/fdzdgk/tzgg/later.md", "title: 尚未发布的通知\ndate: 2026-05-01", "还没到日期。");
        using var staging = new TempDir("sitegen-render");
        var diagnostics = new DiagnosticBag();
        var context = StageInputs.RenderContext(site, staging.Path, diagnostics);
        var bodies = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();

        var rendered = RenderStage.Documents(context, (document, text) => bodies[document.Id] = text);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        Assert.Equal(["xxgk/fdzdgk/gzdt/b", "xxgk/fdzdgk/tzgg/a"], rendered.Select(r => r.Document.Id).Order(StringComparer.Ordinal));
        var a = rendered.Single(r => r.Document.Id == "xxgk/fdzdgk/tzgg/a");
        Assert.Equal(context.Site.PagePath[a.Document.Id], a.PagePath);
        Assert.Equal("通知公告", a.Column);
        Assert.Empty(a.Issues);
        Assert.Null(a.Note);
        Assert.StartsWith("甲事项正文，详见国务院网站", a.Snippet);
        Assert.Equal(["http://www.gov.cn/zhengce/a.html", "https://b.example.cn/x"], a.ExternalLinks.Order(StringComparer.Ordinal));
        Assert.Equal("工作动态", rendered.Single(r => r.Document.Id == "xxgk/fdzdgk/gzdt/b").Column);
        // The search seam got every published body once, as plain text, and nothing unpublished.
        Assert.Equal(["xxgk/fdzdgk/gzdt/b", "xxgk/fdzdgk/tzgg/a"], bodies.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("甲事项正文", bodies["xxgk/fdzdgk/tzgg/a"]);
        Assert.DoesNotContain("<", bodies["xxgk/fdzdgk/tzgg/a"]);
        // The pages themselves went to the write stage.
        Assert.Contains("关于甲事项的通知", File.ReadAllText(Path.Combine(staging.Path, a.PagePath)));
        Assert.Equal(["http://www.gov.cn/zhengce/a.html", "https://b.example.cn/x"], RenderStage.ExternalLinks(rendered.Concat(rendered)));
    }
}
