using SiteGen.Rendering;

namespace SiteGen.Search;

/// <summary>The search stage: indexes every published document rendered by this build (context.Texts is filled only for them).</summary>
internal static class SearchIndex
{
    public static void Write(RenderContext context, TermCollector terms) => SearchIndexWriter.Write(context, context.Texts, "", terms);
}
