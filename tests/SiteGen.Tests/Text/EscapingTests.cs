using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Jint;
using SiteGen.Rendering;
using SiteGen.Tests.Infrastructure;
using SiteGen.Text;

namespace SiteGen.Tests.Security;

/// <summary>Escaping per context: HTML text, attributes, &lt;title&gt;, XML feeds, JSON/JavaScript data, CSV; content is never a template.</summary>
public sealed class EscapingTests
{
    private const string Hostile = "\"><img src=x onerror=alert(1)>关于<script>alert(1)</script>的'通知'&amp;";

    [Fact]
    public void Escape_EncodesMarkupCharacters_AndDropsWhatXmlForbids()
    {
        Assert.Equal("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", HtmlTemplateContext.Escape("<a href=\"x\" title='y'>&"));
        Assert.Equal("abcd𠮷\t\n", HtmlTemplateContext.Escape("a\u0001b\uFFFEc\uD800d𠮷\t\n"));
        Assert.Equal("纯文本", HtmlTemplateContext.Escape("纯文本"));
    }

    [Fact]
    public void HostileTitle_IsText_InHeading_TitleElement_MetaAttribute_AndFeed()
    {
        using var site = new TestSite();
        site.Doc("xxgk/tzgg/a.md", $"title: {JsonSerializer.Serialize(Hostile + "\u0001")}\nsummary: {JsonSerializer.Serialize(Hostile)}");
        site.Build().NoErrors();
        var page = new HtmlParser().ParseDocument(site.Read("xxgk/tzgg/a.html"));
        Assert.Equal(Hostile, page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith(Hostile, page.Title, StringComparison.Ordinal);
        Assert.Equal(Hostile, page.QuerySelector("meta[name='ArticleTitle']")!.GetAttribute("content"));
        Assert.Equal(Hostile, page.QuerySelector("meta[name='description']")!.GetAttribute("content"));
        Assert.Empty(page.QuerySelectorAll("img[onerror], main script"));

        // XML: the feed stays well-formed (U+0001 is not allowed in XML) and holds the title as text.
        var feed = XDocument.Parse(site.Read("feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Contains(feed.Descendants(atom + "entry"), e => e.Element(atom + "title")!.Value == Hostile);
    }

    [Fact]
    public void TemplateSyntax_InTitleAndBody_IsShownLiterally()
    {
        using var site = new TestSite();
        site.Doc("xxgk/tzgg/a.md", "title: \"关于{{ site.title }}{% raw %}的通知\"", "正文 {{ site.title }} 与 {{ page.path }} 以及 {% if true %}x{% endif %}。");
        site.Build().NoErrors();
        var page = new HtmlParser().ParseDocument(site.Read("xxgk/tzgg/a.html"));
        Assert.Equal("关于{{ site.title }}{% raw %}的通知", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("正文 {{ site.title }} 与 {{ page.path }} 以及 {% if true %}x{% endif %}。", page.QuerySelector("article .body")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("测试区人民政府的通知", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    private const string ScriptHostile = "</script><script>alert(1)</script><!--\u2028\u2029\"'\\&<>关于";

    [Fact]
    public void JsonForScript_EscapesEverythingThatCouldEndAScriptOrAString()
    {
        var json = JsonForScript.Serialize(new { title = ScriptHostile });
        Assert.DoesNotContain('<', json);
        Assert.DoesNotContain('>', json);
        Assert.DoesNotContain('&', json);
        Assert.DoesNotContain('\u2028', json);
        Assert.DoesNotContain('\u2029', json);
        Assert.Contains("关于", json, StringComparison.Ordinal);
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(ScriptHostile, parsed.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public void JsonForScript_Assignment_RunsAsJavaScript_AndGivesBackTheText()
    {
        var js = JsonForScript.Assignment("SITEGEN_TEST", new[] { new { t = ScriptHostile } });
        var engine = new Engine(o => o.TimeoutInterval(TimeSpan.FromSeconds(5)));
        engine.Execute("var window = globalThis; var alerted = false; var alert = function () { alerted = true; };");
        engine.Execute(js);
        Assert.Equal(ScriptHostile, engine.Evaluate("window.SITEGEN_TEST[0].t").AsString());
        Assert.False(engine.Evaluate("alerted").AsBoolean());
        Assert.Throws<ArgumentException>(() => JsonForScript.Assignment("a;alert(1)", 1));
    }

    [Fact]
    public void JsonForScript_InsideAnHtmlScriptElement_StaysOneScript()
    {
        var html = $"<script type=\"application/json\" id=\"d\">{JsonForScript.Serialize(ScriptHostile)}</script><p id=\"after\">x</p>";
        var document = new HtmlParser().ParseDocument(html);
        var script = Assert.Single(document.QuerySelectorAll("script"));
        Assert.Equal(ScriptHostile, JsonSerializer.Deserialize<string>(script.TextContent));
        Assert.NotNull(document.GetElementById("after"));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://example.com\",\"点击\")", "\"'=HYPERLINK(\"\"http://example.com\"\",\"\"点击\"\")\"")]
    [InlineData("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("-5", "-5")]
    [InlineData("1.5e3", "1.5e3")]
    [InlineData("示政发〔2025〕1号", "示政发〔2025〕1号")]
    [InlineData("甲,乙", "\"甲,乙\"")]
    [InlineData("他说\"好\"", "\"他说\"\"好\"\"\"")]
    [InlineData("两行\n文字", "\"两行\n文字\"")]
    [InlineData(" 前导空格", "\" 前导空格\"")]
    public void CsvField_QuotesAndDisarmsFormulas(string text, string expected) => Assert.Equal(expected, CsvText.Field(text));

    [Fact]
    public void CsvDocument_HasBomAndCrlf_AndPassesTheScan()
    {
        var csv = CsvText.Document(["标题", "文号"], [["=1+1", "示政发〔2025〕1号"], ["@x", null]]);
        Assert.StartsWith(CsvText.Bom + "标题,文号\r\n", csv, StringComparison.Ordinal);
        using var dir = new TempDir();
        File.WriteAllText(dir.File("ok.csv"), csv);
        File.WriteAllText(dir.File("bad.csv"), "标题\r\n=1+1\r\n");
        var findings = ScriptScanner.ForDefaultTheme().Scan(dir.Path);
        Assert.Equal(["bad.csv: CSV cell “=1+1” would run as a formula in a spreadsheet"], findings);
    }
}
