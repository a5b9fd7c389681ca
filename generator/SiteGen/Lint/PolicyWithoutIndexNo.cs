using SiteGen.Diagnostics;

namespace SiteGen.Lint;

/// <summary>
/// A policy document (in a column of kind `policy`, not itself an interpretation) shows a 索引号 in
/// its metadata table; the generator never invents one, so a missing one is reported.
/// </summary>
internal sealed class PolicyWithoutIndexNo : ILintRule
{
    public DiagnosticCode Code => DiagnosticCodes.MissingIndexNo;

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        foreach (var d in context.Site.Documents)
        {
            if (d.IndexNo is not null || d.Interprets.Count > 0 || context.KindOf(d.ColumnId) != "policy") continue;
            yield return LintContext.Warning(SourcePosition.FileStart(d.SourcePath), Code, "政策文件没有索引号（index_no）。",
                "加上 `index_no: …`；`sitegen new policy` 会按 site.yml 的 index_no_format 取下一个空闲的索引号。");
        }
    }
}
