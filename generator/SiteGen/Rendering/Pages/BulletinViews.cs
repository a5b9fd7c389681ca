using SiteGen.Model;
using SiteGen.Rendering.Views;
using SiteGen.Text;

namespace SiteGen.Rendering.Pages;

/// <summary>An issue as listed on the archive and year pages.</summary>
internal sealed record IssueView(string Title, string Url, int Year, int Issue, int? TotalIssue, string Date, int Articles, string? Pdf, string? PdfSize);

/// <summary>A year of the archive: its issues (newest first) and where its pages and offline copy are.</summary>
internal sealed record YearView(int Year, string Url, IReadOnlyList<IssueView> Issues, int Articles, string Zip, string Database)
{
    public string Title => $"{Year}年";

    /// <summary>The year's offline copy: one part at <see cref="Zip"/>, or several when it is too large for one file.</summary>
    public IReadOnlyList<Archive.OfflinePart> Parts { get; init; } = [];
}

/// <summary>A section (栏目) of an issue's table of contents.</summary>
internal sealed record SectionView(string Name, IReadOnlyList<DocView> Articles);

/// <summary>
/// The views of the whole archive, made once per build and shared by the archive pages, the
/// 公报数据库 and the offline copies. Making them copies each issue's print PDF to the output.
/// </summary>
internal sealed class BulletinViews
{
    private BulletinViews(IReadOnlyDictionary<string, IssueView> issues, IReadOnlyList<YearView> years, IReadOnlyList<Archive.OfflinePart> allParts)
    {
        Issues = issues;
        Years = years;
        AllParts = allParts;
    }

    /// <summary>The whole archive's offline copy: one part at <see cref="BulletinPaths.AllZip"/>, or several.</summary>
    public IReadOnlyList<Archive.OfflinePart> AllParts { get; }

    /// <summary>By issue key (YYYY-NN).</summary>
    public IReadOnlyDictionary<string, IssueView> Issues { get; }
    /// <summary>Newest year first.</summary>
    public IReadOnlyList<YearView> Years { get; }

    public static BulletinViews From(RenderContext context)
    {
        var site = context.Site;
        var issues = site.Issues.ToDictionary(i => i.Issue.Key, i => View(context, i), StringComparer.Ordinal);
        var years = site.Issues.GroupBy(i => i.Issue.Year).OrderByDescending(g => g.Key)
            .Select(g => new YearView(g.Key, RelativeUrl.Escape(BulletinPaths.Year(site, g.Key)),
                g.OrderByDescending(i => i.Issue.Issue).Select(i => issues[i.Issue.Key]).ToList(),
                g.Sum(i => i.Entries.Count),
                RelativeUrl.Escape(BulletinPaths.YearZip(site, g.Key)),
                RelativeUrl.Escape(BulletinPaths.Database(site)) + $"?year={g.Key}")
            {
                Parts = Archive.OfflineParts.Of(site, context.ContentDir, g.ToList(), BulletinPaths.YearZip(site, g.Key), withYear: false),
            })
            .ToList();
        return new BulletinViews(issues, years, Archive.OfflineParts.Of(site, context.ContentDir, site.Issues, BulletinPaths.AllZip(site), withYear: true));
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
}
