using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// search.html: the form the header's search box posts to, and the place search.js draws results
/// into. The page itself holds no results; with scripts off it says so and points to the site map.
/// </summary>
internal sealed class SearchPage : IPageKind
{
    /// <summary>The search page shows nothing of documents (the index does, refreshed in the background).</summary>
    public PageSelection Affected(SiteChange change) => PageSelection.None;

    public void Render(RenderContext context)
    {
        var page = new PageView
        {
            Kind = "search",
            Title = "站内搜索",
            Path = "search.html",
            Breadcrumbs = context.Crumbs(null, new LinkView("站内搜索", "")),
            Meta = MetaTags.ForSite(context.Site),
            Canonical = context.Canonical("search.html"),
        };
        context.Write("search", page, "site.yml", new Dictionary<string, object?> { ["index"] = "search/" });
    }
}
