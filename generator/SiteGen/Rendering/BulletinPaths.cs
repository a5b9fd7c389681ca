using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>
/// Stable, citable URLs of the 政府公报 archive: /path/, /path/YEAR/, /path/YEAR/NN/. They depend
/// only on the issue's own year and number, so adding an issue never moves another. Beside them:
/// the 公报数据库 (/path/sjk/, one data script per year), the offline-copy download page
/// (/path/xiazai/) and the zips (/path/YEAR/gongbao-YEAR.zip, /path/gongbao-all.zip, or their
/// parts gongbao-YEAR-partN.zip when a copy is split).
/// Four-digit year folders cannot collide with the two fixed folder names.
/// </summary>
internal static class BulletinPaths
{
    public static string Home(SiteModel site) => $"{site.Config.Bulletin.Path}/index.html";
    public static string Year(SiteModel site, int year) => $"{site.Config.Bulletin.Path}/{year:D4}/index.html";
    public static string Issue(SiteModel site, BulletinIssue issue) => $"{site.Config.Bulletin.Path}/{issue.Year:D4}/{issue.Issue:D2}/index.html";
    /// <summary>公报数据库: every article of every issue, filtered in the browser.</summary>
    public static string Database(SiteModel site) => $"{site.Config.Bulletin.Path}/sjk/index.html";
    /// <summary>The 公报数据库's data for one year: a script that registers it (loads from file:// too, unlike fetch).</summary>
    public static string DatabaseData(SiteModel site, int year) => $"{site.Config.Bulletin.Path}/sjk/data/{year:D4}.js";
    /// <summary>The offline copies and their sizes.</summary>
    public static string Downloads(SiteModel site) => $"{site.Config.Bulletin.Path}/xiazai/index.html";
    public static string YearZip(SiteModel site, int year) => $"{site.Config.Bulletin.Path}/{year:D4}/gongbao-{year:D4}.zip";
    public static string AllZip(SiteModel site) => $"{site.Config.Bulletin.Path}/gongbao-all.zip";
    /// <summary>Part N (from 1) of a copy too large for one zip: gongbao-2025-part1.zip beside where gongbao-2025.zip would be.</summary>
    public static string ZipPart(string zip, int number) => $"{zip[..^".zip".Length]}-part{number}.zip";
}
