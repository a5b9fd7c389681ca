using SiteGen.Model;
using SiteGen.Rendering.Pages;

namespace SiteGen.Rendering;

/// <summary>
/// The render stage: every page of the site from the site model and the theme. A rendered page
/// goes straight to the write stage (<see cref="RenderContext.Output"/>) instead of being kept
/// (20,000 pages held until a separate write step would be most of a large build's memory); what
/// later stages need of the document pages is returned as data.
/// </summary>
internal static class RenderStage
{
    private static readonly DocumentPages DocumentKind = PageKinds.All.OfType<DocumentPages>().Single();

    /// <summary>
    /// The document pages, in parallel. <paramref name="bodyText"/> is the search stage's seam: it
    /// gets each published document's body as plain text while the pages render, so its terms are
    /// read meanwhile on a thread of their own (<see cref="Search.TermFeed"/>) and the text is not kept.
    /// </summary>
    public static IReadOnlyList<RenderedDocument> Documents(RenderContext context, Action<Document, string>? bodyText) =>
        DocumentKind.Render(context, bodyText);

    /// <summary>Every other page kind, in the registry's order.</summary>
    public static void OtherPages(RenderContext context)
    {
        foreach (var kind in PageKinds.All.Where(k => k != DocumentKind)) kind.Render(context);
    }

    /// <summary>The links to other hosts of all documents, once each, sorted (the build report lists them).</summary>
    public static IReadOnlyList<string> ExternalLinks(IEnumerable<RenderedDocument> documents) =>
        documents.SelectMany(d => d.ExternalLinks).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
