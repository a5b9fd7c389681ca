namespace SiteGen.Model;

/// <summary>
/// Which documents are policies (政策文件): those of a column whose site.yml `kind` is `policy` that
/// interpret nothing (a 政策解读 sits in a policy column too, but has no 有效性 of its own). 有效性,
/// the 政策文件库's list columns and the 汇编 follow this, not a column id.
/// </summary>
internal static class Policies
{
    public const string ColumnKind = "policy";

    public static bool IsPolicy(this SiteModel site, Document d) =>
        d.Interprets.Count == 0 && site.Columns.Find(d.ColumnId) is { } column && IsPolicyColumn(column);

    /// <summary>A column of kind policy, or inside one (a sub-column that names no kind of its own reads as `other`).</summary>
    public static bool IsPolicyColumn(Column column) =>
        column.Config.Kind == ColumnKind || column.Ancestors().Any(a => a.Config.Kind == ColumnKind);

    /// <summary>Every published policy, oldest first (the order of a 汇编).</summary>
    public static IReadOnlyList<Document> All(SiteModel site) =>
        site.Documents.Where(site.IsPolicy).OrderBy(d => d.Date).ThenBy(d => d.DocNumber ?? "\uffff", StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
}
