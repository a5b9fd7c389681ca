using SiteGen.Rendering.Views;
using SiteGen.Text;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// 网站地图 (the HTML site map: the column tree and the special pages) and sitemap.xml (every page,
/// with absolute URLs, written only when site.yml sets base_url since the protocol requires them).
/// </summary>
internal sealed class SitemapPages : IPageKind
{
    public const string HtmlPath = "sitemap.html";

    /// <summary>网站地图 shows columns only; sitemap.xml (with base_url) every document's page and date, and each column's newest date.</summary>
    public PageSelection Affected(SiteChange change) => PageSelection.If(change.Now.Config.BaseUrl.Length > 0
        && change.Ids.Any(id => (change.Old.PagePath.GetValueOrDefault(id), change.Old.Published(id)?.Date) != (change.Now.PagePath.GetValueOrDefault(id), change.Now.Published(id)?.Date)));

    public void Render(RenderContext context)
    {
        var site = context.Site;
        context.Write("sitemap", new PageView
        {
            Kind = "sitemap",
            Title = "网站地图",
            Path = HtmlPath,
            Breadcrumbs = [new LinkView("首页", "index.html"), new LinkView("网站地图", "")],
            Meta = MetaTags.ForSite(site),
        }, "site.yml");
        if (site.Config.BaseUrl.Length == 0) return;
        var urls = new List<object>
        {
            new { Loc = site.Config.BaseUrl, Lastmod = site.Documents.Count == 0 ? null : Dates.Iso(site.Documents.Max(d => d.Date)) },
        };
        urls.AddRange(site.Columns.All.Select(c => new { Loc = site.Config.BaseUrl + RelativeUrl.Escape(c.Url), Lastmod = context.Subtree(c).Count == 0 ? null : Dates.Iso(context.Subtree(c)[0].Date) }));
        urls.AddRange(site.Documents.Select(d => new { Loc = site.Config.BaseUrl + RelativeUrl.Escape(site.PagePath[d.Id]), Lastmod = (string?)Dates.Iso(d.Date) }));
        urls.AddRange(site.Issues.Select(i => new { Loc = site.Config.BaseUrl + RelativeUrl.Escape(BulletinPaths.Issue(site, i.Issue)), Lastmod = (string?)Dates.Iso(i.Issue.Date) }));
        context.Write("sitemap-xml", new PageView { Kind = "sitemap-xml", Title = "sitemap", Path = "sitemap.xml" }, "site.yml", new Dictionary<string, object?> { ["urls"] = urls }, layout: false);
    }
}
