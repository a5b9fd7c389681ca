using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>Stable, citable URLs of the 政府公报 archive: /path/, /path/YEAR/, /path/YEAR/NN/.</summary>
internal static class BulletinPaths
{
    public static string Home(SiteModel site) => $"{site.Config.Bulletin.Path}/index.html";
    public static string Year(SiteModel site, int year) => $"{site.Config.Bulletin.Path}/{year:D4}/index.html";
    public static string Issue(SiteModel site, BulletinIssue issue) => $"{site.Config.Bulletin.Path}/{issue.Year:D4}/{issue.Issue:D2}/index.html";
}
