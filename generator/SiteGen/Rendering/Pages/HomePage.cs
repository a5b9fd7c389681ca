using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// The home page: the newest items of the main columns (those site.yml marks news, notice or policy,
/// taking the outermost of nested ones), the entries to 政府信息公开 and 政府公报, and the latest issue.
/// </summary>
internal sealed class HomePage : IPageKind
{
    public const int Items = 6;

    public void Render(RenderContext context)
    {
        var site = context.Site;
        var main = site.Columns.All
            .Where(c => c.Config.Kind != "other" && !c.Ancestors().Any(a => a.Config.Kind != "other"))
            .Select(c => new ColumnCard(LinkView.To(c.Name, c.Url), c.Config.Description, context.Subtree(c).Count, context.Subtree(c).Take(Items).Select(d => context.Docs[d]).ToList(), []))
            .ToList();
        var latestIssue = site.Issues.Count == 0 ? null : site.Issues[^1];
        var page = new PageView
        {
            Kind = "home",
            Title = site.Config.Title,
            Path = "index.html",
            Meta = MetaTags.ForSite(site),
            Description = $"{site.Config.Title}门户网站：政府信息公开、政策文件、政策解读、政府公报。",
            Canonical = context.Canonical(""),
            Feed = "feed.xml",
            Section = "",
        };
        context.Write("home", page, "site.yml", new Dictionary<string, object?>
        {
            ["cards"] = main,
            ["entries"] = site.Columns.Roots.Select(c => new ColumnCard(LinkView.To(c.Name, c.Url), c.Config.Description, context.Subtree(c).Count, [], ColumnPages.Links(c.Children))).ToList(),
            ["latest_issue"] = latestIssue is null ? null : new
            {
                Link = LinkView.To(latestIssue.Issue.Title, BulletinPaths.Issue(site, latestIssue.Issue)),
                Date = DocViewFactory.Day(latestIssue.Issue.Date),
                Articles = latestIssue.Entries.Take(Items).Select(e => context.Docs[e.Document]).ToList(),
            },
        });
    }
}
