using SiteGen.Model;

namespace SiteGen.Publishing;

/// <summary>
/// The gate stage's result: what may be published (documents sorted by id, bulletin issues in the
/// order validation gave), and what was withheld, kept so later stages can tell a reference to an
/// unpublished document from a reference to nothing.
/// </summary>
internal sealed record PublishedContent(
    DateOnly AsOf,
    IReadOnlyList<Document> Documents,
    IReadOnlyList<BulletinIssue> Issues,
    IReadOnlyList<Document> WithheldDocuments,
    IReadOnlyList<BulletinIssue> WithheldIssues)
{
    /// <summary>The gate stage: applies <see cref="PublishingGate"/> to every validated document and issue as of the build date.</summary>
    public static PublishedContent Gate(IReadOnlyList<Document> documents, IReadOnlyList<BulletinIssue> issues, DateOnly asOf)
    {
        var (published, withheld) = Split(documents, d => PublishingGate.Allows(d, asOf));
        var (publishedIssues, withheldIssues) = Split(issues, i => PublishingGate.Allows(i, asOf));
        return new PublishedContent(asOf, published.OrderBy(d => d.Id, StringComparer.Ordinal).ToList(), publishedIssues, withheld, withheldIssues);
    }

    private static (List<T> Passed, List<T> Withheld) Split<T>(IReadOnlyList<T> items, Func<T, bool> allows)
    {
        var passed = new List<T>();
        var withheld = new List<T>();
        foreach (var item in items) (allows(item) ? passed : withheld).Add(item);
        return (passed, withheld);
    }
}
