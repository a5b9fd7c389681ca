using SiteGen.Rendering;
using SiteGen.Rendering.Pages;

namespace SiteGen.Watch;

/// <summary>
/// Renders the pages the page kinds selected (<see cref="IPageKind.Affected"/>) and records which
/// files each part made: a kind rendered whole is one part ("HomePage"), a kind rendered by part
/// one per part ("ColumnPages|xxgk/gzdt"). When a part is rendered again, what it made before and
/// makes no more (a column's emptied year, a withdrawn alias) is removed.
/// </summary>
internal static class RenderedParts
{
    public static string Key(IPageKind kind, string? part = null) => part is null ? kind.GetType().Name : kind.GetType().Name + "|" + part;

    /// <summary>
    /// Renders the selected pages and returns the files each part wrote. Kinds rendered whole come
    /// first, then parts, each in the registry's order: a file that a part also uses (an image of
    /// an issue's intro and of an article) counts as the whole kind's, and is not counted again.
    /// </summary>
    public static Dictionary<string, HashSet<string>> Render(RenderContext context, IEnumerable<(IPageKind Kind, PageSelection Pages)> selections)
    {
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var seen = context.Output.Files.ToHashSet(StringComparer.Ordinal);
        void Record(string key)
        {
            var made = context.Output.Files.Where(f => !seen.Contains(f)).ToHashSet(StringComparer.Ordinal);
            seen.UnionWith(made);
            result[key] = made;
        }
        var selected = selections.Where(s => !s.Pages.IsEmpty).ToList();
        foreach (var (kind, _) in selected.Where(s => s.Kind is not IPageKindByPart))
        {
            kind.Render(context);
            Record(Key(kind));
        }
        foreach (var (kind, pages) in selected.Where(s => s.Kind is IPageKindByPart))
        {
            var byPart = (IPageKindByPart)kind;
            foreach (var part in pages.Whole ? byPart.Parts(context.Site) : pages.Parts.Order(StringComparer.Ordinal))
            {
                byPart.Render(context, part);
                Record(Key(kind, part));
            }
        }
        return result;
    }
}
