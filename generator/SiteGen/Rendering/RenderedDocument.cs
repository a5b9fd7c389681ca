using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>
/// A published document's page as the render stage returns it: what the search index and the
/// offline copies take from it, so neither reaches back into the template views. The page itself
/// went to the write stage as it rendered, and the body's plain text to the search stage
/// (<see cref="RenderStage"/>); of that text only the snippet shown under a search result is kept
/// (whole texts kept for the indexes were most of what survived each collection while rendering).
/// </summary>
internal sealed record RenderedDocument(Document Document, string PagePath, string Snippet)
{
    /// <summary>The name of the document's column, as its page shows it.</summary>
    public required string Column { get; init; }
    /// <summary>Titles of the 公报 issues the document is printed in.</summary>
    public required IReadOnlyList<string> Issues { get; init; }
    /// <summary>The notice the page shows when the document interprets a repealed policy, or null.</summary>
    public string? Note { get; init; }
    /// <summary>A consultation's start and end dates (the search result shows its status and 截止日期), or null.</summary>
    public (string Start, string End)? Consultation { get; init; }
    /// <summary>Files under content/ the body uses, copied beside the page.</summary>
    public required IReadOnlyList<string> Assets { get; init; }
    /// <summary>Links to other hosts in the body: listed in the build report, never fetched.</summary>
    public required IReadOnlyList<string> ExternalLinks { get; init; }
}
