using System.Text;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using SiteGen.Text.Escaping;

namespace SiteGen.Tests.Text;

/// <summary>The one escaper for HTML text, quoted attributes and XML.</summary>
public sealed class MarkupTextTests
{
    private const string Hostile = "\"><img src=x onerror=alert(1)>关于<script>alert(1)</script>的'通知'&amp;𠮷";

    [Fact]
    public void Escape_EncodesTheFiveMarkupCharacters_AndDropsWhatXmlForbids()
    {
        Assert.Equal("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", MarkupText.Escape("<a href=\"x\" title='y'>&"));
        Assert.Equal("abcd𠮷\t\n\r", MarkupText.Escape("a\u0001b\uFFFEc\uD800d𠮷\t\n\r"));
        Assert.Equal("e", MarkupText.Escape("e\uDC00\uFFFF"));
    }

    [Fact]
    public void Escape_GivesPlainTextBackUnchanged_AsTheSameString()
    {
        const string text = "纯文本 2025-03-01";
        Assert.Same(text, MarkupText.Escape(text));
    }

    [Fact]
    public void AppendMarkupText_WritesWhatEscapeReturns()
    {
        var sb = new StringBuilder("前");
        sb.AppendMarkupText(Hostile + "\u0001").Append('后');
        Assert.Equal("前" + MarkupText.Escape(Hostile + "\u0001") + "后", sb.ToString());
        Assert.Equal("纯", new StringBuilder().AppendMarkupText("纯").ToString());
    }

    [Fact]
    public void Escaped_IsTheSameText_InElementContent_EitherAttributeQuoting_AndXml()
    {
        var e = MarkupText.Escape(Hostile);
        var html = new HtmlParser().ParseDocument($"<p id=t>{e}</p><p id=d title=\"{e}\"></p><p id=s title='{e}'></p>");
        Assert.Equal(Hostile, html.GetElementById("t")!.TextContent);
        Assert.Equal(Hostile, html.GetElementById("d")!.GetAttribute("title"));
        Assert.Equal(Hostile, html.GetElementById("s")!.GetAttribute("title"));
        Assert.Empty(html.QuerySelectorAll("img, script"));
        var xml = XElement.Parse($"<entry title=\"{e}\" alt='{e}'>{MarkupText.Escape(Hostile + "\u0001")}</entry>");
        Assert.Equal(Hostile, xml.Value);
        Assert.Equal(Hostile, xml.Attribute("title")!.Value);
        Assert.Equal(Hostile, xml.Attribute("alt")!.Value);
    }
}
