using SiteGen.Rendering;

namespace SiteGen.Search;

/// <summary>
/// The search-index stage: the index of every published document the render stage returned, from
/// the terms read while their bodies rendered (<see cref="TermFeed"/>), handed to the write stage
/// file by file (<paramref name="write"/>: path under the output, bytes).
/// </summary>
internal static class SearchIndex
{
    public static void Write(IReadOnlyList<RenderedDocument> documents, TermCollector terms, Action<string, byte[]> write) =>
        SearchIndexWriter.Write(documents.Select(d => SearchDocument.Of(d, "")).ToList(), "", write, terms);
}
