using SiteGen.Model;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Pages;

/// <summary>An issue as listed on the archive and year pages.</summary>
internal sealed record IssueView(string Title, string Url, int Year, int Issue, int? TotalIssue, string Date, int Articles, string? Pdf, string? PdfSize);

/// <summary>A section (栏目) of an issue's table of contents.</summary>
internal sealed record SectionView(string Name, IReadOnlyList<DocView> Articles);

/// <summary>
/// The 政府公报 archive: archive home (years newest first, latest issue featured), a page per year,
/// a page per issue with its table of contents by section, the print PDF and previous/next issue.
/// URLs are /path/, /path/YEAR/, /path/YEAR/NN/ and never change when issues are added.
/// </summary>
internal sealed class BulletinPages : IPageKind
{
    public void Render(RenderContext context)
    {
        var site = context.Site;
        var column = site.Columns.Find(site.Config.Bulletin.Path);
        var issues = site.Issues;
        var views = issues.ToDictionary(i => i.Issue.Key, i => View(context, i), StringComparer.Ordinal);
        var years = issues.GroupBy(i => i.Issue.Year).OrderByDescending(g => g.Key)
            .Select(g => new { Year = g.Key, Url = RelativeUrl.Escape(BulletinPaths.Year(site, g.Key)), Issues = g.OrderByDescending(i => i.Issue.Issue).Select(i => views[i.Issue.Key]).ToList() })
            .ToList();
        var home = BulletinPaths.Home(site);
        var homeLink = LinkView.To(site.Config.Bulletin.Name, home);
        context.Write("bulletin-home", Page(context, column, home, site.Config.Bulletin.Name, "bulletin-home"), "site.yml", new Dictionary<string, object?>
        {
            ["latest"] = issues.Count == 0 ? null : views[issues[^1].Issue.Key],
            ["years"] = years,
            ["intro"] = site.ColumnIntros.GetValueOrDefault(site.Config.Bulletin.Path) is { } intro ? new RawHtml(intro) : null,
        });
        foreach (var year in years)
        {
            var path = BulletinPaths.Year(site, year.Year);
            context.Write("bulletin-year", Page(context, column, path, $"{site.Config.Bulletin.Name}{year.Year}年", "bulletin-year", homeLink), "site.yml", new Dictionary<string, object?>
            {
                ["year"] = year.Year,
                ["issues"] = year.Issues,
                ["years"] = years.Select(y => new LinkView($"{y.Year}年", y.Url)).ToList(),
            });
        }
        for (var i = 0; i < issues.Count; i++)
        {
            var issue = issues[i];
            var path = BulletinPaths.Issue(site, issue.Issue);
            var yearLink = LinkView.To($"{issue.Issue.Year}年", BulletinPaths.Year(site, issue.Issue.Year));
            context.Write("bulletin-issue", Page(context, column, path, issue.Issue.Title, "bulletin-issue", homeLink, yearLink), issue.Issue.SourcePath, new Dictionary<string, object?>
            {
                ["issue"] = views[issue.Issue.Key],
                ["sections"] = issue.Sections.Select(s => new SectionView(s.Section, s.Entries.Select(e => context.Docs[e.Document]).ToList())).ToList(),
                ["previous"] = i > 0 ? new LinkView(issues[i - 1].Issue.Title, views[issues[i - 1].Issue.Key].Url) : null,
                ["next"] = i + 1 < issues.Count ? new LinkView(issues[i + 1].Issue.Title, views[issues[i + 1].Issue.Key].Url) : null,
            });
        }
    }

    private static IssueView View(RenderContext context, PublishedIssue p)
    {
        var issue = p.Issue;
        string? pdf = null, size = null;
        if (issue.Pdf is not null && AssetPolicy.Resolve(issue.Id, issue.Pdf) is { } resolved && context.Site.ReferencedAssets.Contains(resolved))
        {
            var file = Path.Combine(context.ContentDir, resolved);
            context.Output.Copy(file, resolved, issue.SourcePath);
            pdf = RelativeUrl.Escape(resolved);
            size = FileSize.Format(new FileInfo(file).Length);
        }
        return new IssueView(issue.Title, RelativeUrl.Escape(BulletinPaths.Issue(context.Site, issue)), issue.Year, issue.Issue, issue.TotalIssue,
            DocViewFactory.Day(issue.Date), p.Entries.Count, pdf, size);
    }

    private static PageView Page(RenderContext context, Column? column, string path, string title, string kind, params LinkView[] crumbs) => new()
    {
        Kind = kind,
        Title = title,
        Path = path,
        Breadcrumbs = column is null ? [new LinkView("首页", "index.html"), .. crumbs] : context.Crumbs(column, crumbs),
        Meta = column is null ? MetaTags.ForSite(context.Site) : MetaTags.ForColumn(context.Site, column),
        Description = title,
        Canonical = context.Canonical(path),
        Section = column?.Id ?? context.Site.Config.Bulletin.Path,
    };
}
