using SiteGen.Rendering.Views;
using SiteGen.Text;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// The home page: the newest items of the main columns (those site.yml marks news, notice or policy,
/// taking the outermost of nested ones), the entries to 政府信息公开 and 政府公报, and the latest issue.
/// </summary>
internal sealed class HomePage : IPageKind
{
    public const int Items = 6;

    /// <summary>
    /// The home page shows the entries of each main column's newest documents, how many documents
    /// each column holds, the consultations and the latest issue's first articles.
    /// </summary>
    public PageSelection Affected(SiteChange change) => PageSelection.If(change.Moved || change.AnyListed((site, d) =>
        d.Consultation is not null
        || (site.Issues.Count > 0 && site.Issues[^1].Entries.Take(Items).Any(e => e.Document.Id == d.Id))
        || site.Columns[d.ColumnId].Ancestors().Prepend(site.Columns[d.ColumnId]).Any(c => IsMain(c) && SiteChange.AmongNewest(site, c.SelfAndDescendants(), d, Items))));

    /// <summary>Columns site.yml marks news, notice or policy, the outermost of nested ones.</summary>
    private static bool IsMain(Model.Column c) => c.Config.Kind is not ("other" or "decision") && !c.Ancestors().Any(a => a.Config.Kind != "other");

    public void Render(RenderContext context)
    {
        var site = context.Site;
        var main = site.Columns.All
            .Where(IsMain)
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
            ["consultations"] = OpenConsultations.Of(context),
            ["latest_issue"] = latestIssue is null ? null : new
            {
                Link = LinkView.To(latestIssue.Issue.Title, BulletinPaths.Issue(site, latestIssue.Issue)),
                Date = Dates.Iso(latestIssue.Issue.Date),
                Articles = latestIssue.Entries.Take(Items).Select(e => context.Docs[e.Document]).ToList(),
            },
        });
    }
}

/// <summary>
/// 正在征集: the consultations not yet over on the build date, closing soonest first, and the
/// column they are published in. A page built before a period ends is corrected by site.js from the
/// reader's clock (each item carries its dates), so an old home page never calls a closed one open.
/// </summary>
internal sealed record OpenConsultations(IReadOnlyList<DocView> Items, LinkView? Column)
{
    public static OpenConsultations Of(RenderContext context)
    {
        var site = context.Site;
        var today = site.AsOf.ToDateTime(TimeOnly.MinValue);
        var all = site.Documents.Where(d => d.Consultation is not null).ToList();
        var open = all.Where(d => d.Consultation!.End.Date >= today)
            .OrderBy(d => d.Consultation!.End).ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => context.Docs[d]).ToList();
        var column = all.GroupBy(d => d.ColumnId, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => site.Columns[g.Key]).FirstOrDefault();
        return new OpenConsultations(open, column is null ? null : LinkView.To(column.Name, column.Url));
    }
}
