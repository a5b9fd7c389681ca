using SiteGen.Model;
using SiteGen.Text;

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
    /// <summary>政府网站检查指标 items of the footer, each null/false when site.yml does not set it.</summary>
    public MonitoringView Monitoring { get; init; } = MonitoringView.None;

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
        AsOf = Dates.Iso(site.AsOf),
        Extra = site.Config.Extra,
        Monitoring = MonitoringView.From(site.Config),
    };

    private static NavColumn NavOf(Column c) => new(c.Id, c.Name, RelativeUrl.Escape(c.Url), c.Children.Select(NavOf).ToList());
}

/// <summary>
/// The footer's monitoring items as links: ICP 备案号 → the MIIT 备案 system, 公安备案号 → the
/// 全国互联网安全管理平台 record of its number, 党政机关标识 → the verification page site.yml names.
/// </summary>
internal sealed record MonitoringView(string? GovMarkUrl, string GovMarkImage, string? ErrorReportUrl, string? StatementUrl, bool Ipv6, string? IcpUrl, string? PoliceRecordUrl)
{
    public static readonly MonitoringView None = new(null, "", null, null, false, null, null);
    public const string IcpSystem = "https://beian.miit.gov.cn/";

    public static MonitoringView From(Configuration.SiteConfig c)
    {
        var m = c.Monitoring;
        var digits = new string(c.PoliceRecord.Where(char.IsAsciiDigit).ToArray());
        return new MonitoringView(
            Empty(m.GovMarkUrl), m.GovMarkImage, Empty(m.ErrorReportUrl),
            Empty(m.StatementUrl) is { } s && !s.Contains("://", StringComparison.Ordinal) ? RelativeUrl.Escape(s) : Empty(m.StatementUrl),
            m.Ipv6,
            c.Icp.Length > 0 ? IcpSystem : null,
            digits.Length > 0 ? $"https://www.beian.gov.cn/portal/registerSystemInfo?recordcode={digits}" : null);
    }

    /// <summary>Whether the statement link is a page of the site (prefixed with the page's root) or an absolute URL.</summary>
    public bool StatementIsLocal => StatementUrl is { } s && !s.Contains("://", StringComparison.Ordinal);

    private static string? Empty(string s) => s.Length == 0 ? null : s;
}
