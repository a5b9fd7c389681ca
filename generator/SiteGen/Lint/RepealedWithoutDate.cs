using SiteGen.Diagnostics;

namespace SiteGen.Lint;

/// <summary>A document no longer in force (失效, 废止, 已修订) must say since when: its notice reads “本文件已于 … 废止”.</summary>
internal sealed class RepealedWithoutDate : ILintRule
{
    public DiagnosticCode Code => DiagnosticCodes.MissingValidityDate;

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        foreach (var d in context.Site.Documents)
        {
            if (d.Validity is not ("失效" or "废止" or "已修订") || d.ValidityDate is not null) continue;
            yield return LintContext.Warning(d.PositionOf("validity"), Code,
                $"有效性为“{d.Validity}”，但没有写明日期（validity_date）。",
                $"加上 `validity_date: YYYY-MM-DD`，页面上会显示“本文件已于该日{d.Validity}”。");
        }
    }
}
