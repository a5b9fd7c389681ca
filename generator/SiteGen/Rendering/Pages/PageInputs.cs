using SiteGen.Model;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// Which pages of a kind show something of changed documents: none, all of them, or some parts
/// (the pages of a column, the page of a document) of a kind that renders by part (<see cref="IPageKindByPart"/>).
/// </summary>
internal sealed record PageSelection(bool Whole, IReadOnlySet<string> Parts)
{
    public static readonly PageSelection None = new(false, new HashSet<string>());
    public static readonly PageSelection All = new(true, new HashSet<string>());

    public static PageSelection If(bool shown) => shown ? All : None;

    public static PageSelection Of(IEnumerable<string> parts) => new(false, parts.ToHashSet(StringComparer.Ordinal));

    public bool IsEmpty => !Whole && Parts.Count == 0;
}

/// <summary>
/// Documents that changed between two builds of a site (edited, added, deleted, published or
/// withdrawn), seen in both: what a page showed of one in the last build may differ from what it
/// shows now, and both may differ from nothing (a document published in only one of them). The page
/// kinds' declarations (<see cref="IPageKind.Affected"/>) are questions put to this.
/// </summary>
internal sealed class SiteChange
{
    private readonly Lazy<IReadOnlyList<(SiteModel Site, Document Document)>> _listed;

    public SiteChange(SiteModel old, SiteModel now, IReadOnlySet<string> ids)
    {
        Old = old;
        Now = now;
        Ids = ids;
        Documents = Versions(ids);
        _listed = new(() => Versions(Sites.SelectMany(site =>
        {
            var records = DecisionTimeline.RecordsByParticipant(site);
            return site.Documents.Where(d => ids.Contains(d.Id) || DocViewFactory.Inputs(site, d, records).Any(x => ids.Contains(x.Id)));
        }).Select(d => d.Id).ToHashSet(StringComparer.Ordinal)));
    }

    public SiteModel Old { get; }
    public SiteModel Now { get; }
    /// <summary>The ids of the changed documents, published or not in either build.</summary>
    public IReadOnlySet<string> Ids { get; }
    public IEnumerable<SiteModel> Sites => [Old, Now];

    /// <summary>Each changed document as each build publishes it (once or twice; not at all while unpublished).</summary>
    public IReadOnlyList<(SiteModel Site, Document Document)> Documents { get; }

    /// <summary>
    /// The documents whose entry in a list (their <see cref="DocView"/>) shows something of a changed
    /// one, as each build publishes them: the changed ones, and those whose entry names one (the
    /// document replacing it, the policies it interprets, its interpretations, the decision steps…).
    /// </summary>
    public IReadOnlyList<(SiteModel Site, Document Document)> Listed => _listed.Value;

    /// <summary>Whether a changed document, in the build that publishes it, is one the question asks about.</summary>
    public bool Any(Func<SiteModel, Document, bool> shows) => Documents.Any(x => shows(x.Site, x.Document));

    /// <summary>Whether a listed document (see <see cref="Listed"/>), in the build that publishes it, is one the question asks about.</summary>
    public bool AnyListed(Func<SiteModel, Document, bool> shows) => Listed.Any(x => shows(x.Site, x.Document));

    /// <summary>
    /// Whether a document is among the n newest of some columns (a column and its sub-columns, the site) (a feed, a card on
    /// the home page): each column's list is newest first, so only the first n of each can be.
    /// </summary>
    public static bool AmongNewest(SiteModel site, IEnumerable<Column> columns, Document document, int n) =>
        SiteModel.NewestFirst(columns.SelectMany(c => site.ByColumn[c.Id].Take(n))).Take(n).Any(d => d.Id == document.Id);

    /// <summary>Whether a changed document was added, withdrawn or moved to another column (which changes counts of documents).</summary>
    public bool Moved => Ids.Any(id => Old.Published(id)?.ColumnId != Now.Published(id)?.ColumnId);

    private List<(SiteModel, Document)> Versions(IReadOnlySet<string> ids) =>
        Sites.SelectMany(site => ids.Select(site.Published).OfType<Document>().Select(d => (site, d))).ToList();
}
