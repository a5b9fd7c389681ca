using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Text;

namespace SiteGen.Lint;

/// <summary>
/// 栏目更新: news columns must be updated within 2 weeks, notice and policy columns within 6 months
/// (政府网站与政务新媒体检查指标); the class is the column's `kind`, the limits are site.yml `lint:`.
/// A column counts its sub-columns' items. Empty columns are <see cref="EmptyColumn"/>'s.
/// </summary>
internal sealed class StaleColumn : ICalendarRule
{
    public DiagnosticCode Code => DiagnosticCodes.StaleColumn;

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var site = context.Site;
        foreach (var column in site.Columns.All)
        {
            var (limit, label) = column.Config.Kind switch
            {
                "news" => (context.Limits.NewsDays, "动态类"),
                "notice" => (context.Limits.NoticeDays, "通知公告类"),
                "policy" => (context.Limits.PolicyDays, "政策文件类"),
                _ => (0, ""),
            };
            if (limit == 0) continue;
            var latest = column.SelfAndDescendants().SelectMany(c => site.ByColumn[c.Id]).Select(d => DateOnly.FromDateTime(d.Date)).DefaultIfEmpty().Max();
            if (latest == default) continue;
            var days = context.AsOf.DayNumber - latest.DayNumber;
            if (days <= limit) continue;
            yield return LintContext.Warning(new SourcePosition(SiteConfigLoader.FileName, column.Config.Line, 1), Code,
                $"{label}栏目“{column.Name}”（{column.Id}）最近一条信息发布于 {Dates.Iso(latest)}，已 {days} 天未更新（限 {limit} 天）。",
                "国家政府网站检查中，动态类栏目 2 周、通知公告和政策文件类栏目 6 个月未更新即扣分；请及时发布信息。");
        }
    }
}
