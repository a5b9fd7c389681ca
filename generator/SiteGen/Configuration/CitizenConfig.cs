using SiteGen.Diagnostics;
using SiteGen.Text;

namespace SiteGen.Configuration;

/// <summary>
/// 政府网站检查指标 items of the header and footer (`monitoring:` in site.yml). Each is printed only
/// where set: a footer that claims IPv6 support or shows a 党政机关标识 the site was never issued is
/// a finding in the national check, not a decoration.
/// </summary>
internal sealed record MonitoringConfig
{
    /// <summary>党政机关标识: the 中央机构编制委员会办公室 verification page the mark links to.</summary>
    public string GovMarkUrl { get; init; } = "";
    /// <summary>The mark's image, site-root-relative; the theme ships a labelled placeholder a site replaces with its issued one.</summary>
    public string GovMarkImage { get; init; } = MonitoringReader.DefaultGovMarkImage;
    /// <summary>我为政府网站找错: the 国务院办公厅 error-report page for this site.</summary>
    public string ErrorReportUrl { get; init; } = "";
    /// <summary>网站声明: a page of the site (site-root-relative) or an absolute URL.</summary>
    public string StatementUrl { get; init; } = "";
    /// <summary>“本网站支持IPv6”, only when the deployment really answers over IPv6.</summary>
    public bool Ipv6 { get; init; }
}

/// <summary>依申请公开 (`application:` in site.yml): which column's page links the standard page, and the online system.</summary>
internal sealed record ApplicationConfig
{
    /// <summary>Id of the column whose page links the 依申请公开 page; empty: the column named 政府信息公开 (else the first root column).</summary>
    public string Column { get; init; } = "";
    /// <summary>在线申请系统; empty when the site has none (the page then lists the other channels only).</summary>
    public string OnlineUrl { get; init; } = "";
    /// <summary>Where the application is received (受理机构), printed on the page and the form; defaults to site `organ`.</summary>
    public string Office { get; init; } = "";
    public SourcePosition At { get; init; } = SourcePosition.FileStart(SiteConfigLoader.FileName);
}

/// <summary>Reads `monitoring:` and `application:` of site.yml.</summary>
internal static class MonitoringReader
{
    public const string DefaultGovMarkImage = "images/gov-mark-placeholder.png";

    public static MonitoringConfig Monitoring(FieldReader r)
    {
        if (r.Map("monitoring") is not { } m) return new MonitoringConfig();
        var config = new MonitoringConfig
        {
            GovMarkUrl = Url(m, "gov_mark_url", absoluteOnly: true),
            GovMarkImage = m.String("gov_mark_image") ?? DefaultGovMarkImage,
            ErrorReportUrl = Url(m, "error_report_url", absoluteOnly: true),
            StatementUrl = Url(m, "statement_url", absoluteOnly: false),
            Ipv6 = m.Bool("ipv6"),
        };
        m.WarnUnknownKeys(["gov_mark_url", "gov_mark_image", "error_report_url", "statement_url", "ipv6"], "monitoring ");
        return config;
    }

    public static ApplicationConfig Application(FieldReader r)
    {
        if (r.Map("application") is not { } a) return new ApplicationConfig();
        var config = new ApplicationConfig
        {
            Column = a.String("column") ?? "",
            OnlineUrl = Url(a, "online_url", absoluteOnly: true),
            Office = a.String("office") ?? "",
            At = r.PositionOf("application"),
        };
        a.WarnUnknownKeys(["column", "online_url", "office"], "application ");
        return config;
    }

    /// <summary>An http(s) URL, or (when allowed) a site-root-relative path; anything else is an error and left out.</summary>
    private static string Url(FieldReader r, string key, bool absoluteOnly)
    {
        var value = r.String(key);
        if (string.IsNullOrWhiteSpace(value)) return "";
        value = value.Trim();
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            if (uri.Scheme is "http" or "https") return value;
        }
        else if (!absoluteOnly && !value.StartsWith("//", StringComparison.Ordinal) && !value.Contains(':'))
            return value.TrimStart('/');
        r.Diagnostics.Error(r.PositionOf(key), DiagnosticCodes.BadValue,
            $"{key}“{value}”不是{(absoluteOnly ? "" : "站内路径或")} http(s) 网址（not a usable link）。",
            absoluteOnly ? "写完整网址，如 https://www.example.gov.cn/… ；不需要时删去这一项。" : "写站内路径（如 xxgk/wzsm.html）或完整网址；不需要时删去这一项。");
        return "";
    }
}
