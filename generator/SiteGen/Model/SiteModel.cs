using SiteGen.Configuration;

namespace SiteGen.Model;

/// <summary>An article's place in a bulletin issue's table of contents.</summary>
internal sealed record IssueEntry(Document Document, string Section, int? Order);

/// <summary>A published bulletin issue with its articles in table-of-contents order.</summary>
internal sealed record PublishedIssue(BulletinIssue Issue, IReadOnlyList<IssueEntry> Entries)
{
    /// <summary>Sections in the order their first article appears.</summary>
    public IReadOnlyList<(string Section, IReadOnlyList<IssueEntry> Entries)> Sections =>
        Entries.GroupBy(e => e.Section).Select(g => (g.Key, (IReadOnlyList<IssueEntry>)g.ToList())).ToList();
}

/// <summary>
/// The published site: only what passed the publishing gate, with references resolved. Immutable
/// once built; every later stage reads it.
/// </summary>
internal sealed record SiteModel
{
    public required SiteConfig Config { get; init; }
    public required ColumnIndex Columns { get; init; }
    public required DateOnly AsOf { get; init; }
    /// <summary>Published documents sorted by id.</summary>
    public required IReadOnlyList<Document> Documents { get; init; }
    public required IReadOnlyDictionary<string, Document> ById { get; init; }
    /// <summary>Output path (relative to the output folder) of each published document's page.</summary>
    public required IReadOnlyDictionary<string, string> PagePath { get; init; }
    /// <summary>Documents whose page path another document already takes (an error was reported); not rendered.</summary>
    public IReadOnlySet<string> ConflictingPages { get; init; } = new HashSet<string>();
    /// <summary>Documents of each column (by column id), newest first.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Document>> ByColumn { get; init; }
    /// <summary>Published interpretations of each policy document (by policy id).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<Document>> InterpretationsOf { get; init; }
    /// <summary>Published bulletin issues, oldest first.</summary>
    public required IReadOnlyList<PublishedIssue> Issues { get; init; }
    /// <summary>The issues each document is printed in (by document id).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<PublishedIssue>> IssuesOf { get; init; }
    /// <summary>Column intros (_index.md) by column id, as Markdown.</summary>
    public required IReadOnlyDictionary<string, ColumnIntro> ColumnIntros { get; init; }
    /// <summary>Files under content/ that published pages use, to be copied (content-relative paths).</summary>
    public required IReadOnlySet<string> ReferencedAssets { get; init; }
    /// <summary>Published annual reports with their data, checks done (made last in the model stage).</summary>
    public SiteGen.Reports.ReportSet Reports { get; init; } = SiteGen.Reports.ReportSet.Empty;

    public Document? Published(string id) => ById.GetValueOrDefault(id);

    /// <summary>Newest first, ties broken by title then id so order never depends on the file system.</summary>
    public static IOrderedEnumerable<Document> NewestFirst(IEnumerable<Document> documents) =>
        documents.OrderByDescending(d => d.Date).ThenBy(d => d.Title, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal);
}
