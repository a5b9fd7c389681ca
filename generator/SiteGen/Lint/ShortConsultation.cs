using SiteGen.Diagnostics;
using SiteGen.Text;

namespace SiteGen.Lint;

/// <summary>意见征集 usually lasts at least 30 days (counting both ends); a shorter period must state why (`short_reason`).</summary>
internal sealed class ShortConsultation : ILintRule
{
    public DiagnosticCode Code => DiagnosticCodes.ShortConsultation;

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var limit = context.Limits.ConsultationDays;
        foreach (var d in context.Site.Documents)
        {
            if (d.Consultation is not { ShortReason: null } c) continue;
            var days = DateOnly.FromDateTime(c.End).DayNumber - DateOnly.FromDateTime(c.Start).DayNumber + 1;
            if (days >= limit) continue;
            yield return LintContext.Warning(d.PositionOf("consultation"), Code,
                $"意见征集期只有 {days} 天（{Dates.Iso(c.Start)} 至 {Dates.Iso(c.End)}），少于 {limit} 天，且没有说明理由。",
                "延长征集期，或在 consultation 下写明 `short_reason: …`（例如情况紧急的依据）。");
        }
    }
}
