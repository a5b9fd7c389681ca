using SiteGen.Model;
using SiteGen.Rendering.Views;
using SiteGen.Text;

namespace SiteGen.Rendering.Pages;

/// <summary>An entry of an Atom feed.</summary>
internal sealed record FeedEntry(string Id, string Title, string Link, string Updated, string Summary, string Organ);

/// <summary>
/// Atom feeds: the whole site's newest documents (feed.xml) and each column's (COLUMN/feed.xml).
/// Entry links are relative to the feed unless base_url is set; ids are tag: URIs, which need no host.
/// </summary>
internal sealed class FeedPages : IPageKind
{
    public const int Entries = 20;

    /// <summary>The feeds show the fields of the newest documents of the site and of each column.</summary>
    public PageSelection Affected(SiteChange change) => PageSelection.If(change.Any((site, d) =>
        SiteChange.AmongNewest(site, site.Columns.All, d, Entries)
        || site.Columns[d.ColumnId].Ancestors().Prepend(site.Columns[d.ColumnId]).Any(c => SiteChange.AmongNewest(site, c.SelfAndDescendants(), d, Entries))));

    public void Render(RenderContext context)
    {
        var site = context.Site;
        Write(context, "feed.xml", site.Config.Title, SiteModel.NewestFirst(site.Documents).Take(Entries).ToList());
        Parallel.ForEach(site.Columns.All, c => Write(context, $"{c.Dir}/feed.xml", $"{c.Name} - {site.Config.Title}", context.Subtree(c).Take(Entries).ToList()));
    }

    private static void Write(RenderContext context, string path, string title, IReadOnlyList<Document> documents)
    {
        var site = context.Site;
        var authority = site.Config.Domain.Length > 0 ? site.Config.Domain : "sitegen.local";
        var entries = documents.Select(d =>
        {
            var page = site.PagePath[d.Id];
            var link = site.Config.BaseUrl.Length > 0 ? site.Config.BaseUrl + RelativeUrl.Escape(page) : RelativeUrl.Between(path, page);
            return new FeedEntry($"tag:{authority},{Dates.Iso(d.Date)}:{RelativeUrl.Escape(d.Id)}", d.Title, link, Dates.Rfc3339Beijing(d.Date), d.Summary ?? "", d.Organ);
        }).ToList();
        var selfLink = site.Config.BaseUrl.Length > 0 ? site.Config.BaseUrl + RelativeUrl.Escape(path) : RelativeUrl.Between(path, path);
        context.Write("feed", new PageView { Kind = "feed", Title = title, Path = path }, "site.yml", new Dictionary<string, object?>
        {
            ["feed_id"] = $"tag:{authority},2000:{RelativeUrl.Escape(path)}",
            ["self"] = selfLink,
            ["updated"] = documents.Count > 0 ? Dates.Rfc3339Beijing(documents.Max(d => d.Date)) : Dates.Rfc3339Beijing(site.AsOf.ToDateTime(TimeOnly.MinValue)),
            ["entries"] = entries,
        }, layout: false);
    }

    /// <summary>Dates in China Standard Time (UTC+8, no daylight saving).</summary>
}
