using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Pages;

/// <summary>The 404 page and robots.txt.</summary>
internal sealed class SpecialPages : IPageKind
{
    public void Render(RenderContext context)
    {
        var site = context.Site;
        // The 404 page is served at any depth, so its links cannot be relative to one folder: it
        // links to the site root by absolute path only when it has nothing better (no base_url).
        context.Write("404", new PageView { Kind = "404", Title = "页面未找到", Path = "404.html", Meta = MetaTags.ForSite(site) }, "site.yml");
        var robots = "User-agent: *\nAllow: /\n" + (site.Config.BaseUrl.Length > 0 ? $"Sitemap: {site.Config.BaseUrl}sitemap.xml\n" : "");
        context.Output.Write("robots.txt", robots, "site.yml");
    }
}
