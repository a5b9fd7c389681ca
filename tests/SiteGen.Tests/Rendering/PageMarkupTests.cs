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

/// <summary>Templates read SiteGen's view objects through compiled getters (CompiledMemberAccessor), with the values reflection gives.</summary>
public sealed class CompiledMemberAccessorTests
{
    [Fact]
    public void ViewObjects_ReadThroughCompiledGetters_GiveWhatReflectionGives_OtherObjectsAreLeftToScriban()
    {
        var context = new HtmlTemplateContext(loader: null!); // no template is loaded here
        var page = new PageView { Kind = "document", Title = "标题", Path = "a/b.html", Breadcrumbs = [new LinkView("首页", "index.html")], Description = null };
        var accessor = context.GetMemberAccessor(page);
        Assert.IsType<CompiledMemberAccessor>(accessor);
        var reflection = new Scriban.Runtime.Accessors.TypedObjectAccessor(typeof(PageView), null, null, context.MemberRenamer);
        var members = reflection.GetMembers(context, default, page).ToList();
        Assert.Contains("breadcrumbs_html", members);
        foreach (var member in members.Where(m => m is not ("meta_html" or "breadcrumbs_html")))
        {
            Assert.True(accessor.TryGetValue(context, default, page, member, out var compiled));
            Assert.True(reflection.TryGetValue(context, default, page, member, out var reflected));
            Assert.Equal(reflected, compiled);
        }
        Assert.False(accessor.TryGetValue(context, default, page, "no_such_member", out _));
        Assert.IsNotType<CompiledMemberAccessor>(context.GetMemberAccessor(new Uri("http://example.com/")));
    }
}
