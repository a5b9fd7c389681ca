using SiteGen.Model;

namespace SiteGen.Rendering.Views;

/// <summary>A column in the navigation tree.</summary>
internal sealed record NavColumn(string Id, string Name, string Url, IReadOnlyList<NavColumn> Children);

/// <summary>What every page knows about the site: identity, navigation, footer items.</summary>
internal sealed record SiteView
{
    public required string Title { get; init; }
    public required string Organ { get; init; }
    public required string Domain { get; init; }
    public required string BaseUrl { get; init; }
    public required string SiteIdCode { get; init; }
    public required string Sponsor { get; init; }
    public required string Icp { get; init; }
    public required string PoliceRecord { get; init; }
    public required IReadOnlyDictionary<string, string> Contact { get; init; }
    public required string BulletinName { get; init; }
    public required string BulletinUrl { get; init; }
    public required IReadOnlyList<NavColumn> Nav { get; init; }
    public required string AsOf { get; init; }
    public required IReadOnlyDictionary<string, object?> Extra { get; init; }

    public static SiteView From(SiteModel site) => new()
    {
        Title = site.Config.Title,
        Organ = site.Config.Organ,
        Domain = site.Config.Domain,
        BaseUrl = site.Config.BaseUrl,
        SiteIdCode = site.Config.SiteIdCode,
        Sponsor = site.Config.Sponsor,
        Icp = site.Config.Icp,
        PoliceRecord = site.Config.PoliceRecord,
        Contact = site.Config.Contact,
        BulletinName = site.Config.Bulletin.Name,
        BulletinUrl = $"{site.Config.Bulletin.Path}/index.html",
        Nav = site.Columns.Roots.Select(NavOf).ToList(),
        AsOf = site.AsOf.ToString("yyyy-MM-dd"),
        Extra = site.Config.Extra,
    };

    private static NavColumn NavOf(Column c) => new(c.Id, c.Name, RelativeUrl.Escape(c.Url), c.Children.Select(NavOf).ToList());
}
