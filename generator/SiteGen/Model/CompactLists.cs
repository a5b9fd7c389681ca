namespace SiteGen.Model;

/// <summary>
/// Lists kept for a whole build (documents' references and keywords, their views' links): most are
/// empty, and every empty one becomes the one shared empty array instead of an object of its own
/// that every full garbage collection marks again.
/// </summary>
internal static class CompactLists
{
    public static IReadOnlyList<T> Compact<T>(this List<T> list) => list.Count == 0 ? Array.Empty<T>() : list;
}
