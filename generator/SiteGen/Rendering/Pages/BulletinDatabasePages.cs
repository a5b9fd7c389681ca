using SiteGen.Model;
using SiteGen.Rendering.Views;
using SiteGen.Text;
using SiteGen.Text.Escaping;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// 公报数据库: one page listing every article of every issue (title, 发文字号, 发布机构, issue, date),
/// narrowed by year, issue, section, organ and keyword and sorted by date or 文号 in the browser
/// (js/gongbao-db.js). Its data is one script per year that registers itself; scripts load from
/// file:// where fetch() does not, and loading a year only when it is asked for keeps the first
/// view small with decades of issues. Without JavaScript the page is a list of the year pages.
/// </summary>
internal sealed class BulletinDatabasePages : IPageKind
{
    /// <summary>The 公报数据库 shows the title, 文号, organ, date and page of the articles printed in issues.</summary>
    public PageSelection Affected(SiteChange change) => PageSelection.If(change.Any((site, d) => site.IssuesOf.ContainsKey(d.Id)));

    public void Render(RenderContext context)
    {
        if (context.Site.Issues.Count == 0) return;
        var views = BulletinViews.From(context);
        BulletinPages.Write(context, Page(context, views, views.Years));
        Parallel.ForEach(views.Years, year => context.Output.Write(BulletinPaths.DatabaseData(context.Site, year.Year), DataScript(context, year.Year), "site.yml"));
    }

    /// <summary>The page, offering the given years (all of them on the site; one in a year's offline copy).</summary>
    public static PagePlan Page(RenderContext context, BulletinViews views, IReadOnlyList<YearView> years)
    {
        var site = context.Site;
        var issues = site.Issues.Where(i => years.Any(y => y.Year == i.Issue.Year)).ToList();
        var entries = issues.SelectMany(i => i.Entries).ToList();
        var path = BulletinPaths.Database(site);
        return new PagePlan("bulletin-database", BulletinPages.Page(context, path, "公报数据库", "bulletin-database", new LinkView("公报数据库", "")), "site.yml",
            new Dictionary<string, object?>
            {
                ["years"] = years,
                ["sections"] = entries.Select(e => e.Section).Distinct().Order(StringComparer.Ordinal).ToList(),
                ["organs"] = entries.Select(e => e.Document.Organ).Distinct().Order(StringComparer.Ordinal).ToList(),
                ["issue_count"] = issues.Count,
                ["article_count"] = entries.Count,
                ["data_prefix"] = RelativeUrl.Escape($"{site.Config.Bulletin.Path}/sjk/data/"),
            });
    }

    /// <summary>
    /// `GongbaoDB.add({...})` with the year's issues and one row per article per issue:
    /// [title, 文号, organ index, issue index, section index, date, page url], and the article's
    /// 起始页码 when known (issue 23). Organs and sections
    /// are listed once per file, because they repeat on nearly every row.
    /// </summary>
    public static string DataScript(RenderContext context, int year)
    {
        var site = context.Site;
        var issues = site.Issues.Where(i => i.Issue.Year == year).ToList();
        var organs = issues.SelectMany(i => i.Entries).Select(e => e.Document.Organ).Distinct().Order(StringComparer.Ordinal).ToList();
        var sections = issues.SelectMany(i => i.Entries).Select(e => e.Section).Distinct().Order(StringComparer.Ordinal).ToList();
        var data = new
        {
            year,
            issues = issues.Select(i => new object?[] { i.Issue.Issue, i.Issue.TotalIssue, Dates.Iso(i.Issue.Date), RelativeUrl.Escape(BulletinPaths.Issue(site, i.Issue)), i.Issue.Title }),
            organs,
            sections,
            articles = issues.SelectMany((issue, n) => issue.Entries.Select(e => new object?[]
            {
                e.Document.Title, e.Document.DocNumber ?? "", organs.IndexOf(e.Document.Organ), n, sections.IndexOf(e.Section),
                Dates.Iso(e.Document.Date), RelativeUrl.Escape(site.PagePath[e.Document.Id]),
            }.Concat(e.Document.Page is { } page ? [page] : []))),
        };
        return "GongbaoDB.add(" + ScriptData.Serialize(data) + ");\n";
    }
}
