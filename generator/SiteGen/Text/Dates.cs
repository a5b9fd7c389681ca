using System.Globalization;

namespace SiteGen.Text;

/// <summary>
/// Every way SiteGen writes (and the one way it reads back) a date: pages, meta tags, feeds,
/// sitemaps, the search index, manifests, messages and file names. Dates are Beijing local time
/// throughout (the document's own date, no zone conversion); only feeds name the zone.
/// </summary>
internal static class Dates
{
    /// <summary>ISO 8601 calendar date, `2025-03-01`: the form editors write and every output shows.</summary>
    public const string IsoFormat = "yyyy-MM-dd";

    public static string Iso(DateTime date) => date.ToString(IsoFormat, CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString(IsoFormat, CultureInfo.InvariantCulture);

    /// <summary>`2025-03-01 09:30`: a date with its time, as the 政府网站 PubDate meta tag and page headers give it.</summary>
    public static string IsoMinute(DateTime date) => date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>RFC 3339 in Beijing time, `2025-03-01T09:30:00+08:00`, for Atom feeds (which require a zone).</summary>
    public static string Rfc3339Beijing(DateTime date) => date.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture) + "+08:00";

    /// <summary>RFC 3339 in UTC, `2025-03-01T01:30:00Z`, for server logs.</summary>
    public static string Rfc3339Utc(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>`20250301`: a date inside a file name (imports, new documents).</summary>
    public static string Compact(DateTime date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static string Compact(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>`2025年`: a year as pages name it (year lists, report columns, bulletin years).</summary>
    public static string ChineseYear(int year) => year.ToString(CultureInfo.InvariantCulture) + "年";

    /// <summary>Reads an ISO date exactly (`2025-03-01`, nothing around it): command-line dates, manifests, site.yml holidays.</summary>
    public static bool TryParseIso(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, IsoFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Reads a date in <see cref="Compact"/> form.</summary>
    public static bool TryParseCompact(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
