namespace SiteGen.Rendering.Pages;

/// <summary>One kind of page (document, column list, bulletin issue…): it plans and writes all pages of its kind.</summary>
internal interface IPageKind
{
    void Render(RenderContext context);
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
