using SiteGen.Model;
using SiteGen.Rendering.Views;
using SiteGen.Text;

namespace SiteGen.Rendering.Pages;

/// <summary>A page ready to render: the page, its template and the template's values.</summary>
internal sealed record PagePlan(string Template, PageView Page, string Source, IReadOnlyDictionary<string, object?> Values);

/// <summary>
/// The 政府公报 archive: archive home (years newest first, latest issue featured), a page per year
/// (期号, 总期号, 出版日期, article count, print PDF with size), a page per issue with its table of
/// contents by section, the print PDF and previous/next issue. URLs are /path/, /path/YEAR/,
/// /path/YEAR/NN/ and never change when issues are added. A reprinted policy document is listed
/// in the issue with a link to its one canonical page, wherever that page is.
/// The offline copies (Archive/) render the home and year pages again with `offline` set, which
/// leaves out the download links (a zip cannot contain itself).
/// </summary>
internal sealed class BulletinPages : IPageKind
{
    /// <summary>The archive's pages show the entries of the articles printed in its issues.</summary>
    public PageSelection Affected(SiteChange change) => PageSelection.If(change.AnyListed((site, d) => site.IssuesOf.ContainsKey(d.Id)));

    public void Render(RenderContext context)
    {
        var views = BulletinViews.From(context);
        Write(context, Home(context, views, views.Years, offline: false));
        foreach (var year in views.Years) Write(context, Year(context, views, year, offline: false));
        var markdown = new MarkdownRenderer(context.Site, context.Files, context.Diagnostics);
        var issues = context.Site.Issues;
        for (var i = 0; i < issues.Count; i++) Write(context, Issue(context, views, markdown, i));
    }

    public static void Write(RenderContext context, PagePlan plan) => context.Write(plan.Template, plan.Page, plan.Source, plan.Values);

    /// <summary>Renders a plan to a string without writing it (for the offline copies).</summary>
    public static string? RenderToString(RenderContext context, PagePlan plan) => context.Pages.Render(plan.Template, plan.Page, plan.Source, plan.Values);

    /// <summary>The archive home with the given years (all on the site; a year's offline copy has its own).</summary>
    /// <param name="only">The issues of a part of a split offline copy (its latest is featured), else every issue of the years.</param>
    public static PagePlan Home(RenderContext context, BulletinViews views, IReadOnlyList<YearView> years, bool offline, IReadOnlyList<PublishedIssue>? only = null)
    {
        var site = context.Site;
        var issues = only?.ToList() ?? site.Issues.Where(i => years.Any(y => y.Year == i.Issue.Year)).ToList();
        var latest = issues.Count == 0 ? null : issues[^1];
        var path = BulletinPaths.Home(site);
        return new PagePlan("bulletin-home", Page(context, path, site.Config.Bulletin.Name, "bulletin-home"), "site.yml", new Dictionary<string, object?>
        {
            ["latest"] = latest is null ? null : views.Issues[latest.Issue.Key],
            ["latest_articles"] = latest is null ? null : latest.Entries.Take(HomePage.Items).Select(e => context.Docs[e.Document]).ToList(),
            ["years"] = years,
            ["issue_count"] = issues.Count,
            ["article_count"] = issues.Sum(i => i.Entries.Count),
            ["intro"] = context.ColumnIntros.GetValueOrDefault(site.Config.Bulletin.Path) is { } intro ? new RawHtml(intro) : null,
            ["database_url"] = RelativeUrl.Escape(BulletinPaths.Database(site)),
            ["downloads_url"] = RelativeUrl.Escape(BulletinPaths.Downloads(site)),
            ["all_zip"] = RelativeUrl.Escape(BulletinPaths.AllZip(site)),
            ["all_parts"] = views.AllParts.Count,
            ["offline"] = offline,
        });
    }

    public static PagePlan Year(RenderContext context, BulletinViews views, YearView year, bool offline)
    {
        var site = context.Site;
        var path = BulletinPaths.Year(site, year.Year);
        return new PagePlan("bulletin-year", Page(context, path, site.Config.Bulletin.Name + Dates.ChineseYear(year.Year), "bulletin-year", new LinkView(Dates.ChineseYear(year.Year), "")), "site.yml",
            new Dictionary<string, object?>
            {
                ["year"] = year,
                ["years"] = views.Years,
                ["downloads_url"] = RelativeUrl.Escape(BulletinPaths.Downloads(site)),
                ["offline"] = offline,
            });
    }

    private static PagePlan Issue(RenderContext context, BulletinViews views, MarkdownRenderer markdown, int index)
    {
        var site = context.Site;
        var issues = site.Issues;
        var issue = issues[index];
        var path = BulletinPaths.Issue(site, issue.Issue);
        var yearLink = LinkView.To(Dates.ChineseYear(issue.Issue.Year), BulletinPaths.Year(site, issue.Issue.Year));
        RawHtml? intro = null;
        if (issue.Issue.Body.Trim().Length > 0)
        {
            var body = markdown.Render(issue.Issue.Body, issue.Issue.BodyLine, issue.Issue.SourcePath, issue.Issue.Id, path);
            foreach (var asset in body.Assets) context.Output.Copy(Path.Combine(context.ContentDir, asset), asset, issue.Issue.SourcePath);
            intro = new RawHtml(body.Html);
        }
        var view = views.Issues[issue.Issue.Key];
        var page = Page(context, path, issue.Issue.Title, "bulletin-issue", yearLink, new LinkView($"第{issue.Issue.Issue}期", ""));
        return new PagePlan("bulletin-issue", page, issue.Issue.SourcePath, new Dictionary<string, object?>
        {
            ["issue"] = view,
            ["intro"] = intro,
            ["sections"] = issue.Sections.Select(s => new SectionView(s.Section, s.Entries.Select(e => context.Docs[e.Document]).ToList())).ToList(),
            ["previous"] = index > 0 ? new LinkView(issues[index - 1].Issue.Title, views.Issues[issues[index - 1].Issue.Key].Url) : null,
            ["next"] = index + 1 < issues.Count ? new LinkView(issues[index + 1].Issue.Title, views.Issues[issues[index + 1].Issue.Key].Url) : null,
            ["year_url"] = yearLink.Url,
            ["database_url"] = RelativeUrl.Escape(BulletinPaths.Database(site)) + $"?year={issue.Issue.Year}&issue={issue.Issue.Issue}",
        });
    }

    /// <summary>A page of the archive; its trail is 首页 › 政府公报 › the given tail (the archive home is current on itself).</summary>
    public static PageView Page(RenderContext context, string path, string title, string kind, params LinkView[] tail)
    {
        var site = context.Site;
        var column = site.Columns.Find(site.Config.Bulletin.Path);
        var home = BulletinPaths.Home(site);
        var archive = path == home ? new LinkView(column?.Name ?? site.Config.Bulletin.Name, "") : LinkView.To(column?.Name ?? site.Config.Bulletin.Name, home);
        return new PageView
        {
            Kind = kind,
            Title = title,
            Path = path,
            Breadcrumbs = [new LinkView("首页", "index.html"), archive, .. tail],
            Meta = column is null ? MetaTags.ForSite(context.Site) : MetaTags.ForColumn(context.Site, column),
            Description = title,
            Canonical = context.Canonical(path),
            Section = column is null ? context.Site.Config.Bulletin.Path : RenderContext.TopSection(column),
        };
    }
}
