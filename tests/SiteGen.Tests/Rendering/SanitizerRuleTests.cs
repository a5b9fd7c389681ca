using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Security;

/// <summary>
/// One test per sanitizer rule, kept and removed, through a real build: each removal is a warning
/// at the file, line and column of the removed construct (the body starts on line 7 of the file).
/// </summary>
public sealed class SanitizerRuleTests
{
    private const string File = "content/xxgk/tzgg/a.md";
    private const int BodyLine = 7;

    private static (BuildResult Result, IElement Body) Build(string body)
    {
        using var site = new TestSite();
        site.Add("xxgk/tzgg/a.md", $"---\ntitle: 测试\ncategory: 通知公告\ndisclosure: 主动公开\ndate: 2025-03-01\n---\n{body}\n");
        // The files and the anchor the bodies' raw HTML refers to: the link check must pass.
        site.AddBytes("xxgk/tzgg/x.png", [0x89, 0x50, 0x4E, 0x47]);
        site.AddBytes("xxgk/tzgg/tu.png", [0x89, 0x50, 0x4E, 0x47]);
        site.Doc("xxgk/zcwj/b.md", body: "<p id=\"p2\">第二段</p>");
        var result = site.Build();
        result.NoErrors();
        var page = new HtmlParser().ParseDocument(site.Read("xxgk/tzgg/a.html"));
        return (result, page.QuerySelector("article .body")!);
    }

    /// <summary>Line and column (1-based, in the file) of the first occurrence of <paramref name="marker"/> in the body.</summary>
    private static (int Line, int Column) PositionOf(string body, string marker)
    {
        var lines = body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].IndexOf(marker, StringComparison.Ordinal) is var c and >= 0)
                return (BodyLine + i, c + 1);
        throw new ArgumentException($"marker {marker} not in body");
    }

    private static void AssertWarningAt(BuildResult result, string code, (int Line, int Column) at, string what)
    {
        var match = result.Diagnostics.Where(d => d.Code == code && d.Path == File && d.Line == at.Line && d.Column == at.Column && d.Message.Contains(what, StringComparison.Ordinal)).ToList();
        Assert.True(match.Count == 1 && match[0].Severity == Severity.Warning,
            $"expected one warning {code} “{what}” at {File}:{at.Line}:{at.Column}, got:\n{string.Join("\n", result.Diagnostics)}");
    }

    /// <summary>Nothing in the body can run script.</summary>
    private static void AssertInert(IElement body)
    {
        foreach (var element in body.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(element.Attributes, a => a.Name is "href" or "src" or "action" or "formaction" or "data" && UrlSafety.IsDangerous(a.Value));
            Assert.DoesNotContain(element.LocalName, new[] { "script", "style", "iframe", "object", "embed", "form", "base", "meta", "link", "svg", "math", "input", "button" });
        }
    }

    public static TheoryData<string, string, string> Removed => new()
    {
        { "<script>alert(1)</script>", "<script", "<script> 元素" },
        { "正文<img src=\"x.png\" alt=\"图\" onerror=\"alert(1)\">正文", "onerror", "img 的 onerror 属性" },
        { "正文 <a href=\"javascript:alert(1)\">链接</a>", "href", "a 的 href 属性" },
        { "正文 <a href=\"&#106;avascript:alert(1)\">实体编码</a>", "href", "a 的 href 属性" },
        { "正文 <a href=\"JaVaScRiPt:alert(1)\">大小写</a>", "href", "a 的 href 属性" },
        { "正文 <a href=\"  javascript:alert(1)\">空格</a>", "href", "a 的 href 属性" },
        { "正文 <a href=\"java&#9;script:alert(1)\">制表符</a>", "href", "a 的 href 属性" },
        { "正文 <a href=\"java&#x0A;script:alert(1)\">换行</a>", "href", "a 的 href 属性" },
        { "正文 <a href=\"vbscript:msgbox(1)\">vbscript</a>", "href", "a 的 href 属性" },
        { "正文 <a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">data</a>", "href", "a 的 href 属性" },
        { "正文 <img src=\"data:image/svg+xml,<svg onload=alert(1)>\" alt=\"x\">", "src", "img 的 src 属性" },
        { "<iframe src=\"https://example.com/\"></iframe>", "<iframe", "<iframe> 元素" },
        { "<object data=\"x.swf\"></object>", "<object", "<object> 元素" },
        { "<embed src=\"x.swf\">", "<embed", "<embed> 元素" },
        { "<form action=\"https://example.com/\"><input name=\"a\"></form>", "<form", "<form> 元素" },
        { "<style>body{display:none}</style>", "<style", "<style> 元素" },
        { "<base href=\"https://example.com/\">", "<base", "<base> 元素" },
        { "<meta http-equiv=\"refresh\" content=\"0;url=https://example.com/\">", "<meta", "<meta> 元素" },
        { "<link rel=\"stylesheet\" href=\"https://example.com/x.css\">", "<link", "<link> 元素" },
        { "<svg onload=\"alert(1)\"><circle r=\"1\"/></svg>", "<svg", "<svg> 元素" },
        { "<math><mi>x</mi></math>", "<math", "<math> 元素" },
        { "<p style=\"color:red\">红字</p>", "style", "p 的 style 属性" },
        { "<div class=\"validity-notice\">假的废止提示</div>", "class", "div 的 class“validity-notice”" },
        { "<details open ontoggle=\"alert(1)\">x</details>", "<details", "<details> 元素" },
        { "<div>\n<p>第一段</p>\n<p onclick=\"alert(1)\">第二段</p>\n</div>", "onclick", "p 的 onclick 属性" },
        { "- 列表项 <span onclick=\"alert(1)\">一</span>", "onclick", "span 的 onclick 属性" },
        { "> 引用 <span onmouseover=\"alert(1)\">一</span>", "onmouseover", "span 的 onmouseover 属性" },
        { "第一行 <span\nonclick=\"alert(1)\">跨行标签</span>", "onclick", "span 的 onclick 属性" },
        { "正文\n\n正文 <b>粗</b> 与 <i onclick=\"alert(1)\">斜</i>", "onclick", "i 的 onclick 属性" },
    };

    [Theory]
    [MemberData(nameof(Removed))]
    public void RawHtml_IsRemoved_WithWarningAtItsPosition(string body, string marker, string what)
    {
        var (result, html) = Build(body);
        AssertWarningAt(result, "html-removed", PositionOf(body, marker), what);
        AssertInert(html);
    }

    [Fact]
    public void RemovedUrl_IsQuotedInTheMessage_WithInvisibleCharactersShown()
    {
        var (result, _) = Build("正文 <a href=\"java&#9;script:alert(1)\">制表符</a>");
        Assert.Contains("“java\\u0009script:alert(1)”", result.Single("html-removed").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>一</p>\n<svg><g></g></svg>", "<svg")]
    [InlineData("<div>一<svg></svg></div>", "<svg")]
    [InlineData("<p>一</p><math><mi>x</mi></math>", "<math")]
    [InlineData("<p>一</p>\n<p>二<img src=\"a.png\" ONERROR=\"x()\"></p>", "ONERROR")]
    public void Removal_OffsetPointsAtTheConstruct(string html, string marker)
    {
        var removal = Assert.Single(HtmlSanitizerPolicy.Clean(html).Removals);
        Assert.Equal(html.IndexOf(marker, StringComparison.Ordinal), removal.Offset);
    }

    [Fact]
    public void ScriptAndStyle_AreDroppedWithTheirContent()
    {
        var (_, html) = Build("<script>alert('脚本内容')</script>\n\n<style>.x{color:red}</style>\n\n正文");
        Assert.DoesNotContain("脚本内容", html.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("color", html.TextContent, StringComparison.Ordinal);
        Assert.Contains("正文", html.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralRemovals_EachHaveTheirOwnPosition()
    {
        const string body = "第一段\n\n<p onclick=\"a()\">二</p>\n\n第三段 <img src=\"x.png\" alt=\"x\" onerror=\"b()\">\n\n<iframe src=\"https://example.com/\"></iframe>";
        var (result, _) = Build(body);
        AssertWarningAt(result, "html-removed", PositionOf(body, "onclick"), "p 的 onclick 属性");
        AssertWarningAt(result, "html-removed", PositionOf(body, "onerror"), "img 的 onerror 属性");
        AssertWarningAt(result, "html-removed", PositionOf(body, "<iframe"), "<iframe> 元素");
        Assert.Equal(3, result.Diagnostics.Count(d => d.Code == "html-removed"));
    }

    public static TheoryData<string, string> UnsafeMarkdownLinks => new()
    {
        { "正文 [链接](javascript:alert(1))", "[链接]" },
        { "正文 [实体](&#106;avascript:alert(1))", "[实体]" },
        { "正文 [大小写](JaVaScRiPt:alert(1))", "[大小写]" },
        { "正文 [空白](<java script:alert(1)>)", "[空白]" },
        { "正文 [vb](vbscript:msgbox(1))", "[vb]" },
        { "正文 ![图片](javascript:alert(1))", "![图片]" },
        { "正文 <javascript:alert(1)>", "<javascript" },
        { "正文 [引用][r]\n\n[r]: javascript:alert(1)", "[引用]" },
    };

    [Theory]
    [MemberData(nameof(UnsafeMarkdownLinks))]
    public void MarkdownLink_WithScriptUrl_IsRemoved_WithWarningAtTheLink(string body, string marker)
    {
        var (result, html) = Build(body);
        AssertWarningAt(result, "unsafe-url", PositionOf(body, marker), "不安全的链接地址");
        AssertInert(html);
    }

    public static TheoryData<string, string> Kept => new()
    {
        { "<table><tr><th scope=\"col\">项目</th></tr><tr><td colspan=\"2\" rowspan=\"3\">合并</td></tr></table>", "td[colspan='2'][rowspan='3']" },
        { "<h3>小标题</h3>", "h3" },
        { "<ul><li>一</li><li>二</li></ul>", "ul > li + li" },
        { "<ol start=\"3\"><li>三</li></ol>", "ol[start='3']" },
        { "第一行<br>第二行", "br" },
        { "<img src=\"tu.png\" alt=\"流程图\" width=\"200\">", "img[src='tu.png'][alt='流程图'][width='200']" },
        { "正文 <a href=\"https://www.gov.cn/\">中国政府网</a>", "a[href='https://www.gov.cn/']" },
        { "正文 <a href=\"mailto:zwgk@example.gov.cn\">邮箱</a>", "a[href='mailto:zwgk@example.gov.cn']" },
        { "正文 <a href=\"tel:0531-86010000\">电话</a>", "a[href='tel:0531-86010000']" },
        { "正文 <a href=\"../zcwj/b.html#p2\">站内</a>", "a[href='../zcwj/b.html#p2']" },
        { "H<sub>2</sub>O 与 m<sup>2</sup>", "sub + sup" },
        { "正文[^1]\n\n[^1]: 注释内容", "a.footnote-ref" },
        { "| 项目 | 金额 |\n|:--|--:|\n| 一 | 2 |", "table td" },
    };

    [Theory]
    [MemberData(nameof(Kept))]
    public void LegitimateMarkup_IsKept_WithoutWarning(string body, string selector)
    {
        var (result, html) = Build(body);
        Assert.NotNull(html.QuerySelector(selector));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "html-removed" or "unsafe-url");
    }

    [Fact]
    public void ColumnIntro_IsSanitized_WithWarningAtItsLine()
    {
        using var site = new TestSite();
        site.Doc("xxgk/tzgg/a.md");
        const string line6 = "说明 <b onclick=\"alert(1)\">粗</b> [链接](javascript:alert(1))";
        site.Add("xxgk/tzgg/_index.md", $"---\ntitle: 说明\n---\n栏目说明。\n\n{line6}\n");
        var result = site.Build();
        result.NoErrors();
        var removed = result.Single("html-removed");
        Assert.Equal(("content/xxgk/tzgg/_index.md", 6, line6.IndexOf("onclick") + 1), (removed.Path, removed.Line, removed.Column));
        var unsafeUrl = result.Single("unsafe-url");
        Assert.Equal(("content/xxgk/tzgg/_index.md", 6, line6.IndexOf("[链接]") + 1), (unsafeUrl.Path, unsafeUrl.Line, unsafeUrl.Column));
        var page = new HtmlParser().ParseDocument(site.Read("xxgk/fdzdgk/tzgg/index.html"));
        Assert.DoesNotContain(page.All, e => e.HasAttribute("onclick"));
        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => UrlSafety.IsDangerous(a.GetAttribute("href")!));
    }
}
