using SiteGen.Diagnostics;
using SiteGen.Import;
using SiteGen.Model;

namespace SiteGen.Lint;

/// <summary>
/// 索引号 identifies one document for good, and a 文号 one 公文: two editors who each ran
/// `sitegen new` on their own branch take the same next 索引号, and nothing else notices after the
/// merge. A shared 索引号 is an error, a shared 文号 a warning (a reprint is made with `bulletin:`,
/// not a second file). Each names both files with their lines and is reported on the file to
/// change: an unpublished one before a published one, else the newer (by date, then id). For a
/// 索引号 it proposes the next free one.
/// </summary>
internal sealed class DuplicateIdentifiers : ILintRule
{
    public DiagnosticCode Code => DiagnosticCodes.DuplicateIndexNo;
    public static DiagnosticCode DocNumberCode => DiagnosticCodes.DuplicateDocNumber;

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var site = context.Site;
        var used = context.All.Where(d => d.IndexNo is not null).Select(d => d.IndexNo!).ToList();
        foreach (var group in Duplicates(context.All, d => d.IndexNo, site))
        {
            var keep = group[0];
            foreach (var d in group.Skip(1))
            {
                var next = IndexNumbers.NextFree(site.Config, used, d.Date.Year);
                if (next is not null) used.Add(next);
                yield return new Diagnostic(d.PositionOf("index_no").Path, d.PositionOf("index_no").Line, d.PositionOf("index_no").Column, Severity.Error, Code.Id,
                    $"索引号“{d.IndexNo}”与 {Where(keep, "index_no")} 重复。",
                    next is null ? "每份文件的索引号应唯一；请给本文件换一个索引号。" : $"请把本文件的索引号改为下一个空闲的“{next}”（index_no: {next}）。");
            }
        }
        foreach (var group in Duplicates(context.All, d => d.DocNumber, site))
        {
            var keep = group[0];
            foreach (var d in group.Skip(1))
                yield return LintContext.Warning(d.PositionOf("doc_number"), DocNumberCode,
                    $"发文字号“{d.DocNumber}”与 {Where(keep, "doc_number")} 相同。",
                    "一个文号只对应一份公文：核对文号；同一文件在公报中转载请用 `bulletin: YYYY-NN` 而不是再建一个文件。");
        }
    }

    private static string Where(Document d, string key)
    {
        var at = d.PositionOf(key);
        return $"{at.Path}:{at.Line}:{at.Column}";
    }

    /// <summary>Groups of two or more documents sharing a (filled-in) value, the one to keep first.</summary>
    private static IEnumerable<List<Document>> Duplicates(IReadOnlyList<Document> all, Func<Document, string?> key, SiteModel site) =>
        all.Where(d => key(d) is { } v && !v.Contains(TodoMarker.Marker, StringComparison.Ordinal))
           .GroupBy(d => key(d)!.Trim(), StringComparer.Ordinal)
           .Where(g => g.Count() > 1)
           .OrderBy(g => g.Key, StringComparer.Ordinal)
           .Select(g => g.OrderBy(d => site.Published(d.Id) is null ? 1 : 0).ThenBy(d => d.Date).ThenBy(d => d.Id, StringComparer.Ordinal).ToList());
}
