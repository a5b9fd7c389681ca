using SiteGen.Rendering;
using SiteGen.Rendering.Views;

namespace SiteGen.Tests.Theme;

/// <summary>
/// The parts of every page written in code rather than by template loops (page.meta_html,
/// page.breadcrumbs_html): markup as the default theme had it, every value escaped.
/// </summary>
public sealed class PageMarkupTests
{
    private const string Hostile = "\"><script>alert('x')</script>&";

    private static PageView Page(params LinkView[] crumbs) => new()
    {
        Kind = "document",
        Title = "t",
        Path = "a/b/c.html",
        Breadcrumbs = crumbs,
        Meta = [new MetaTag("ArticleTitle", Hostile), new MetaTag("PubDate", "2026-01-02 03:04")],
    };

    [Fact]
    public void Breadcrumbs_LinkEachCrumbFromTheRoot_MarkTheCurrentOne_AndEscapeEverything()
    {
        var html = Page(new LinkView("首页", "index.html"), new LinkView(Hostile, "x/\"y\".html"), new LinkView("本页", "a/b/c.html"), new LinkView("正文", "")).BreadcrumbsHtml.ToString();
        Assert.Equal("""

            <nav class="crumbs wrap" aria-label="当前位置">
              <ol>

                <li><a href="../../index.html">首页</a></li>

                <li><a href="../../x/&quot;y&quot;.html">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</a></li>

                <li><span aria-current="page">本页</span></li>

                <li><span aria-current="page">正文</span></li>

              </ol>
            </nav>

            """.ReplaceLineEndings("\n"), html);
        Assert.Equal("", Page().BreadcrumbsHtml.ToString());
    }

    [Fact]
    public void MetaTags_AreOneTagEachAfterAnEmptyLine_Escaped()
    {
        Assert.Equal("\n<meta name=\"ArticleTitle\" content=\"&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;\">\n\n<meta name=\"PubDate\" content=\"2026-01-02 03:04\">\n",
            Page().MetaHtml.ToString());
    }
}
