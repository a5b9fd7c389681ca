using SiteGen.Configuration;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Pages;

/// <summary>The 404 page and robots.txt.</summary>
internal sealed class SpecialPages : IPageKind
{
    /// <summary>The 404 page and robots.txt show nothing of documents.</summary>
    public PageSelection Affected(SiteChange change) => PageSelection.None;

    public void Render(RenderContext context)
    {
        var site = context.Site;
        // The 404 page is served at any depth, so its links cannot be relative to one folder: it
        // links from the site root by absolute path (see NotFoundRoot).
        context.Write("404", new PageView { Kind = "404", Title = "页面未找到", Path = "404.html", Meta = MetaTags.ForSite(site), Root = NotFoundRoot(site.Config) }, "site.yml");
        var robots = "User-agent: *\nAllow: /\n" + (site.Config.BaseUrl.Length > 0 ? $"Sitemap: {site.Config.BaseUrl}sitemap.xml\n" : "");
        context.Output.Write("robots.txt", robots, "site.yml");
    }

    /// <summary>
    /// The path of the site root on its server: base_url's path ("/sub/path/" for a site under a
    /// sub-path), else "/". A path and not the full base_url, so the 404 page's stylesheet stays
    /// same-origin (the CSP allows only 'self') when the site is reached by another name or by address.
    /// </summary>
    public static string NotFoundRoot(SiteConfig config) => config.BaseUrl.Length > 0 ? new Uri(config.BaseUrl).AbsolutePath : "/";
}
