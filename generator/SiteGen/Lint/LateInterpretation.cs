using SiteGen.Diagnostics;
using SiteGen.Text;

namespace SiteGen.Lint;

/// <summary>
/// 政策解读 is published with its policy or at most 3 working days after it (国办发〔2016〕19号).
/// Working days come from the holiday calendar in site.yml, 调休 included.
/// </summary>
internal sealed class LateInterpretation : ICalendarRule
{
    public DiagnosticCode Code => DiagnosticCodes.LateInterpretation;

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var limit = context.Limits.InterpretationWorkdays;
        foreach (var interpretation in context.Site.Documents)
        {
            foreach (var reference in interpretation.Interprets)
            {
                if (context.Site.Published(reference.Target) is not { } policy) continue;
                var days = context.Calendar.Between(DateOnly.FromDateTime(policy.Date), DateOnly.FromDateTime(interpretation.Date));
                if (days <= limit) continue;
                yield return LintContext.Warning(interpretation.PositionOf("date"), Code,
                    $"政策解读在政策文件（{Dates.Iso(policy.Date)}）发布后第 {days} 个工作日才发布，超过了 {limit} 个工作日。",
                    "政策解读应与政策文件同步发布，最迟不超过 3 个工作日（国办发〔2016〕19号）；请核对两者的发布日期。");
            }
        }
    }
}
