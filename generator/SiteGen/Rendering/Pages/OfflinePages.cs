using SiteGen.Archive;
using SiteGen.Model;
using SiteGen.Rendering.Views;
using SiteGen.Search;
using SiteGen.Text;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// The pages of the 公报's offline copies (<see cref="OfflineCopies"/>) that must differ offline,
/// rendered for each copy: a start page at the zip's root (index.html), the archive and year pages
/// without download links, the 公报数据库 limited to the copy's years, search.html for the copy's
/// own index. Then, once the zips are written, the download page listing them with their sizes.
/// Not in <see cref="PageKinds"/>: these pages go into zips, not into the site (but the download page).
/// </summary>
internal static class OfflinePages
{
    /// <summary>
    /// Every copy, in order: each year's parts (newest year first), then the whole archive's parts;
    /// none when the site has no 公报.
    /// </summary>
    public static IReadOnlyList<OfflineCopy> Plan(RenderContext context, BulletinViews views)
    {
        if (context.Site.Issues.Count == 0) return [];
        var years = views.Years.SelectMany(y => y.Parts.Select(p => (Year: y, Part: p))).ToList();
        var copies = new OfflineCopy[years.Count];
        Parallel.For(0, years.Count, i => copies[i] = YearCopy(context, views, years[i].Year, years[i].Part));
        return [.. copies, .. views.AllParts.Select(part => WholeCopy(context, views, part))];
    }

    /// <summary>The download page, with each zip's size (<paramref name="sizes"/>, by path).</summary>
    public static void Downloads(RenderContext context, BulletinViews views, IReadOnlyDictionary<string, long> sizes)
    {
        if (context.Site.Issues.Count > 0) BulletinPages.Write(context, DownloadsPage(context, views, sizes));
    }

    /// <summary>Whether the copy is one of several parts (then it lists only its own issues, and its start page says which).</summary>
    private static bool IsSplit(OfflinePart part, IReadOnlyList<YearView> years) => part.Issues.Count < years.Sum(y => y.Issues.Count);

    /// <summary>The year as a part of its copy shows it: only the part's issues.</summary>
    private static YearView Only(YearView year, OfflinePart part)
    {
        var keys = part.Issues.Where(i => i.Issue.Year == year.Year).Select(i => i.Issue.Issue).ToHashSet();
        return year with { Issues = year.Issues.Where(v => keys.Contains(v.Issue)).ToList(), Articles = part.Issues.Where(i => i.Issue.Year == year.Year).Sum(i => i.Entries.Count) };
    }

    private static OfflineCopy YearCopy(RenderContext context, BulletinViews views, YearView wholeYear, OfflinePart part)
    {
        var site = context.Site;
        var split = IsSplit(part, [wholeYear]);
        var year = split ? Only(wholeYear, part) : wholeYear;
        var issues = site.Issues.Where(i => i.Issue.Year == year.Year && part.Issues.Contains(i)).ToList();
        var rendered = new Dictionary<string, string>(StringComparer.Ordinal);
        Render(context, rendered, StartPage(context, [year], complete: false, split ? part : null));
        // Every page links to the archive home; a copy that holds its own (with this year only)
        // keeps those links, and then most pages are the same bytes in this copy and the whole one.
        Render(context, rendered, BulletinPages.Home(context, views, [year], offline: true, split ? issues : null));
        Render(context, rendered, BulletinPages.Year(context, views, year, offline: true));
        Render(context, rendered, BulletinDatabasePages.Page(context, views, [year]));
        Render(context, rendered, SearchPage(context, $"{year.Year}年公报"));
        var pages = issues.Select(i => BulletinPaths.Issue(site, i.Issue))
            .Concat(issues.SelectMany(i => i.Entries).Select(e => site.PagePath[e.Document.Id]))
            .Append(BulletinPaths.DatabaseData(site, year.Year));
        return new OfflineCopy(part.ZipPath, part, false, issues, rendered, pages.Distinct().ToList(), Newest(site, [year]));
    }

    private static OfflineCopy WholeCopy(RenderContext context, BulletinViews views, OfflinePart part)
    {
        var site = context.Site;
        var split = IsSplit(part, views.Years);
        var years = split ? views.Years.Where(y => part.Issues.Any(i => i.Issue.Year == y.Year)).Select(y => Only(y, part)).ToList() : views.Years;
        var issues = split ? site.Issues.Where(part.Issues.Contains).ToList() : site.Issues;
        var rendered = new Dictionary<string, string>(StringComparer.Ordinal);
        Render(context, rendered, StartPage(context, years, complete: true, split ? part : null));
        Render(context, rendered, BulletinPages.Home(context, views, years, offline: true, split ? issues : null));
        foreach (var year in years) Render(context, rendered, BulletinPages.Year(context, views, year, offline: true));
        Render(context, rendered, SearchPage(context, "全部公报"));
        var pages = issues.Select(i => BulletinPaths.Issue(site, i.Issue))
            .Concat(issues.SelectMany(i => i.Entries).Select(e => site.PagePath[e.Document.Id]))
            .Append(BulletinPaths.Database(site))
            .Concat(years.Select(y => BulletinPaths.DatabaseData(site, y.Year)));
        return new OfflineCopy(part.ZipPath, part, true, issues, rendered, pages.Distinct().ToList(), Newest(site, years));
    }

    /// <summary>
    /// The copy's own search page: search.html at the zip's root (where the header's search box
    /// posts), over the index of the copy's articles only that the archive puts beside it.
    /// </summary>
    private static PagePlan SearchPage(RenderContext context, string scope)
    {
        var page = new PageView
        {
            Kind = "search",
            Title = $"站内搜索（{scope}离线版）",
            Path = OfflineCopies.SearchPage,
            Breadcrumbs = context.Crumbs(null, new LinkView("站内搜索", "")),
            Meta = MetaTags.ForSite(context.Site),
        };
        return new PagePlan("search", page, "site.yml", new Dictionary<string, object?> { ["index"] = SearchIndexWriter.Folder });
    }

    private static void Render(RenderContext context, Dictionary<string, string> into, PagePlan plan)
    {
        if (BulletinPages.RenderToString(context, plan) is { } html) into[plan.Page.Path] = html;
    }

    /// <summary>The date of the newest issue of the copy's years: the time of every entry in its zip.</summary>
    private static DateTime Newest(SiteModel site, IReadOnlyList<YearView> years) =>
        site.Issues.Where(i => years.Any(y => y.Year == i.Issue.Year)).Max(i => i.Issue.Date).Date;

    /// <summary>The zip's index.html: what this copy holds, when it was made and where the original is.</summary>
    private static PagePlan StartPage(RenderContext context, IReadOnlyList<YearView> years, bool complete, OfflinePart? part)
    {
        var site = context.Site;
        var title = complete ? $"{site.Config.Bulletin.Name}（全部，离线版）" : $"{site.Config.Bulletin.Name}{years[0].Year}年（离线版）";
        if (part is not null) title = $"{title[..^1]}，{part.Label}：{part.Holds}）";
        var page = new PageView
        {
            Kind = "bulletin-offline",
            Title = title,
            Path = "index.html",
            Meta = MetaTags.ForSite(site),
            Description = title,
        };
        var online = complete ? BulletinPaths.Home(site) : BulletinPaths.Year(site, years[0].Year);
        return new PagePlan("bulletin-offline", page, "site.yml", new Dictionary<string, object?>
        {
            ["years"] = years,
            ["home_url"] = RelativeUrl.Escape(BulletinPaths.Home(site)),
            ["database_url"] = RelativeUrl.Escape(BulletinPaths.Database(site)),
            ["online"] = site.Config.BaseUrl.Length > 0 ? site.Config.BaseUrl + RelativeUrl.Escape(online) : null,
            ["as_of"] = Dates.Iso(site.AsOf),
        });
    }

    private static PagePlan DownloadsPage(RenderContext context, BulletinViews views, IReadOnlyDictionary<string, long> sizes)
    {
        var site = context.Site;
        var path = BulletinPaths.Downloads(site);
        string? Size(string zip) => sizes.GetValueOrDefault(zip) is > 0 and var n ? FileSize.Format(n) : null;
        // Listed only when a copy is split: a copy in one zip keeps its single link.
        List<object> Parts(IReadOnlyList<OfflinePart> parts) => parts.Count < 2 ? [] :
            parts.Select(p => (object)new { p.Label, Url = RelativeUrl.Escape(p.ZipPath), p.Holds, Size = Size(p.ZipPath) ?? "—" }).ToList();
        var allZip = BulletinPaths.AllZip(site);
        var split = views.AllParts.Count > 1 || views.Years.Any(y => y.Parts.Count > 1);
        return new PagePlan("bulletin-downloads", BulletinPages.Page(context, path, "公报离线下载", "bulletin-downloads", new LinkView("离线下载", "")), "site.yml",
            new Dictionary<string, object?>
            {
                ["years"] = views.Years.Select(y => new { y.Year, y.Url, Issues = y.Issues.Count, y.Articles, y.Zip, Size = Size(BulletinPaths.YearZip(site, y.Year)), Parts = Parts(y.Parts) }).ToList(),
                ["all"] = new { Url = RelativeUrl.Escape(allZip), Size = Size(allZip), Issues = site.Issues.Count, Articles = site.Issues.Sum(i => i.Entries.Count), Parts = Parts(views.AllParts) },
                ["part_size"] = split ? FileSize.Format(site.Config.Bulletin.OfflinePartBytes) : null,
                ["as_of"] = Dates.Iso(site.AsOf),
            });
    }
}
