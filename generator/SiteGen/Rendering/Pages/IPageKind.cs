using SiteGen.Model;

namespace SiteGen.Rendering.Pages;

/// <summary>One kind of page (document, column list, bulletin issue…): it plans and writes all pages of its kind.</summary>
internal interface IPageKind
{
    void Render(RenderContext context);

    /// <summary>
    /// The declaration of what this kind's pages show of documents: which of them show a field of
    /// a changed document, as it was or is now. `serve --watch` re-renders exactly those (and a
    /// test holds it against what a full build changes), so a kind must answer this to exist.
    /// </summary>
    PageSelection Affected(SiteChange change);
}

/// <summary>A page kind whose pages fall into parts (a column's list pages, a document's page) that can be rendered alone.</summary>
internal interface IPageKindByPart : IPageKind
{
    /// <summary>Every part the site has (what <see cref="PageSelection.All"/> stands for).</summary>
    IEnumerable<string> Parts(SiteModel site);

    /// <summary>Renders the pages of one part, as <see cref="IPageKind.Render"/> renders them among all.</summary>
    void Render(RenderContext context, string part);
}

/// <summary>The registry of page kinds: adding a kind means one class and one line here.</summary>
internal static class PageKinds
{
    public static IReadOnlyList<IPageKind> All { get; } =
    [
        new DocumentPages(),
        new ColumnPages(),
        new HomePage(),
        new BulletinPages(),
        new BulletinDatabasePages(),
        new SitemapPages(),
        new FeedPages(),
        new AliasPages(),
        new SpecialPages(),
        new Reports.ReportPages(),
        new SearchPage(),
        new PolicyCompilationPages(),
        new ApplicationPages(),
        new ProposalSummaryPages(),
    ];

    /// <summary>"DocumentPages" → "document pages", for the build's stage timings.</summary>
    public static string Name(IPageKind kind) => kind.GetType().Name.Replace("Pages", "").Replace("Page", "").ToLowerInvariant() + " pages";
}
