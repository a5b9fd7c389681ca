using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Jint;
using SiteGen.Tests.Infrastructure;
using SiteGen.Text.Escaping;

namespace SiteGen.Tests.Security;

/// <summary>
/// Escaping per context through the shipped writers: HTML text, attributes, &lt;title&gt;, meta tags and
/// breadcrumbs, XML feeds and .docx properties, script data (search index, 公报数据库); content is never a
/// template. The escapers themselves are pinned in tests/SiteGen.Tests/Text.
/// </summary>
public sealed class EscapingTests
{
    private const string Hostile = "\"><img src=x onerror=alert(1)>关于<script>alert(1)</script>的'通知'&amp;";

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
        // The bytes: every place writes what the one markup escaper gives, the raw title nowhere.
        var html = site.Read("xxgk/tzgg/a.html");
        Assert.Contains($"<h1>{MarkupText.Escape(Hostile)}</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<meta name=\"ArticleTitle\" content=\"{MarkupText.Escape(Hostile)}\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Hostile, html, StringComparison.Ordinal);

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

    /// <summary>
    /// A hostile title through the shipped writers of script data: the search index's .js
    /// files and the 公报数据库's year file. No byte that could end a script or a string is left raw,
    /// and running the files gives the text back exactly.
    /// </summary>
    [Fact]
    public void HostileTitle_InSearchIndexAndBulletinData_IsEscaped_AndRunsBackAsTheSameText()
    {
        using var site = new TestSite();
        site.Add("gongbao/2025/01/_issue.md", "---\nyear: 2025\nissue: 1\ndate: 2025-01-31\n---\n");
        site.Doc("gongbao/2025/01/art-01.md", $"title: {JsonSerializer.Serialize(ScriptHostile)}\ncategory: 政府公报\ndate: 2025-01-31\ndoc_number: 示政发〔2025〕1号");
        site.Build().NoErrors();
        var scripts = Directory.GetFiles(Path.Combine(site.Out, "search"), "*.js", SearchOption.AllDirectories)
            .Append(Path.Combine(site.Out, "gongbao/sjk/data/2025.js")).ToList();
        foreach (var file in scripts)
        {
            var text = File.ReadAllText(file);
            foreach (var c in "<>&\u2028\u2029") Assert.False(text.Contains(c), $"{Path.GetFileName(file)} holds a raw U+{(int)c:X4}");
        }

        var engine = new Engine(o => o.TimeoutInterval(TimeSpan.FromSeconds(10)));
        engine.Execute("var alerted = false; var alert = function () { alerted = true; }; var parts = {}; var data = [];"
            + "var SiteGenSearch = { register: function (id, d) { parts[id] = d; } }; var GongbaoDB = { add: function (d) { data.push(d); } };");
        foreach (var file in scripts) engine.Execute(File.ReadAllText(file));
        Assert.False(engine.Evaluate("alerted").AsBoolean());
        Assert.Equal(ScriptHostile, engine.Evaluate("data[0].articles[0][0]").AsString());
        Assert.Equal("示政发〔2025〕1号", engine.Evaluate("data[0].articles[0][1]").AsString());
        Assert.Equal(ScriptHostile, engine.Evaluate("parts['d/0'][0][1]").AsString());
    }

    /// <summary>The .docx 申请表's core properties are XML written by hand: the office named in site.yml goes through the markup escaper.</summary>
    [Fact]
    public void HostileOfficeName_InTheDocxForm_IsText_InWellFormedXml()
    {
        const string office = "测试区\"政务'公开办<b>&amp;";
        using var site = new TestSite(TestSite.MinimalSiteYml + $"\napplication: {{office: {JsonSerializer.Serialize(office)}}}\n");
        site.Doc("xxgk/tzgg/a.md");
        site.Build().NoErrors();
        using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(site.Out, "xxgk/ysqgk/zhengfu-xinxi-gongkai-shenqingbiao.docx"));
        using var core = new StreamReader(zip.GetEntry("docProps/core.xml")!.Open());
        var xml = core.ReadToEnd();
        Assert.Contains($"<dc:creator>{MarkupText.Escape(office)}</dc:creator>", xml, StringComparison.Ordinal);
        XNamespace dc = "http://purl.org/dc/elements/1.1/";
        Assert.Equal(office, XDocument.Parse(xml).Descendants(dc + "creator").Single().Value);
    }
}
