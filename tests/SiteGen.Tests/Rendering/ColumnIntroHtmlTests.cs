using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Rendering;

namespace SiteGen.Tests.Rendering;

/// <summary>Column intros become HTML at render time, sanitized and positioned in their file like a body.</summary>
public sealed class ColumnIntroHtmlTests
{
    private static IReadOnlyDictionary<string, string> Render(string markdown, DiagnosticBag diagnostics, int maxDepth = 100) =>
        ColumnIntroHtml.Render(new Dictionary<string, ColumnIntro> { ["tzgg"] = new("tzgg", markdown, "content/xxgk/tzgg/_index.md", 5) }, maxDepth, diagnostics);

    [Fact]
    public void Markdown_WithPipeTables_BecomesHtml()
    {
        var diagnostics = new DiagnosticBag();

        var html = Render("本栏目发布**通知**。\n\n| 类别 | 数量 |\n|---|---|\n| 通知 | 2 |\n", diagnostics)["tzgg"];

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("<p>本栏目发布<strong>通知</strong>。</p>\n<table>\n<thead>\n<tr>\n<th>类别</th>\n<th>数量</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>通知</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>\n", html);
    }

    [Fact]
    public void Script_IsRemoved_AndReportedAtItsLineInTheFile()
    {
        var diagnostics = new DiagnosticBag();

        var html = Render("说明。\n\n<script>alert(1)</script>\n", diagnostics)["tzgg"];

        Assert.DoesNotContain("script", html);
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("html-removed", "content/xxgk/tzgg/_index.md", 7), (warning.Code, warning.Path, warning.Line));
    }

    [Fact]
    public void IntroWithHtmlNestedBeyondTheLimit_IsAnError_AndLeftOut()
    {
        var diagnostics = new DiagnosticBag();

        var intros = Render(string.Concat(Enumerable.Repeat("<div>", 10)) + "深" + string.Concat(Enumerable.Repeat("</div>", 10)) + "\n", diagnostics, maxDepth: 3);

        Assert.Empty(intros);
        Assert.Equal("too-deep", Assert.Single(diagnostics.Sorted()).Code);
    }
}
