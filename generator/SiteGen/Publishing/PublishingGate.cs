using SiteGen.Model;

namespace SiteGen.Publishing;

/// <summary>
/// The one place that decides what may be published (《政府信息公开条例》): only 主动公开 documents
/// that are not drafts and whose 发布日期 is on or before the build date. Everything downstream —
/// pages, lists, feeds, sitemap, search index, bulletin contents, counts, copied files — is built
/// from what passes here, so nothing of any other document can reach an output file.
/// </summary>
internal static class PublishingGate
{
    public const string Proactive = "主动公开";

    public static bool Allows(Document document, DateOnly asOf) =>
        document.Disclosure == Proactive && !document.Draft && DateOnly.FromDateTime(document.Date) <= asOf;

    /// <summary>A bulletin issue appears once its publication date has come, unless it is a draft.</summary>
    public static bool Allows(BulletinIssue issue, DateOnly asOf) => !issue.Draft && DateOnly.FromDateTime(issue.Date) <= asOf;
}
