using SiteGen.Diagnostics;
using SiteGen.Text;

namespace SiteGen.Lint;

/// <summary>After a consultation ends, its 意见采纳情况 must be published and linked (`consultation.result`).</summary>
internal sealed class MissingConsultationFeedback : ICalendarRule
{
    public DiagnosticCode Code => DiagnosticCodes.MissingFeedback;

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var limit = context.Limits.FeedbackDays;
        foreach (var d in context.Site.Documents)
        {
            if (d.Consultation is not { Result: null } c) continue;
            var since = context.AsOf.DayNumber - DateOnly.FromDateTime(c.End).DayNumber;
            if (since <= limit) continue;
            yield return LintContext.Warning(d.PositionOf("consultation"), Code,
                $"意见征集已于 {Dates.Iso(c.End)} 结束 {since} 天，还没有链接意见采纳情况。",
                $"发布意见采纳情况后，在 consultation 下写 `result: 文档标识`（结束后 {limit} 天内）。");
        }
    }
}
