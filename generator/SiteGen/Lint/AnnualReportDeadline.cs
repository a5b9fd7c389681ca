using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Text;

namespace SiteGen.Lint;

/// <summary>
/// 政府信息公开工作年度报告: a people's government publishes last year's report by 31 March
/// (《政府信息公开条例》第四十九条; its departments hand theirs in by 31 January). From 1 January
/// until it is published the site is reminded of the deadline, and after it of the delay.
/// </summary>
internal sealed class AnnualReportDeadline : ICalendarRule
{
    public DiagnosticCode Code => DiagnosticCodes.ReportDeadline;

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var site = context.Site;
        var column = site.Columns.Find("nb") ?? site.Columns.Find("政府信息公开年报");
        if (column is null) yield break;
        var year = context.AsOf.Year - 1;
        if (site.Reports.All.Any(r => r.Year == year)) yield break;
        // Only a site that published something in that year owes its report.
        if (!site.Documents.Any(d => d.Date.Year == year)) yield break;
        var deadline = Deadline(year);
        var days = deadline.DayNumber - context.AsOf.DayNumber;
        var at = new SourcePosition(SiteConfigLoader.FileName, column.Config.Line, 1);
        yield return LintContext.Warning(at, Code,
            days >= 0
                ? $"{year} 年度政府信息公开工作年度报告须在 {Dates.Iso(deadline)} 前发布，还有 {days} 天，尚未发布。"
                : $"{year} 年度政府信息公开工作年度报告应在 {Dates.Iso(deadline)} 前发布，已逾期 {-days} 天。",
            $"运行 `sitegen new report {year}` 写出草稿（计算出的数字已填好），补全后删除 draft 一行。");
    }

    public static DateOnly Deadline(int year) => new(year + 1, 3, 31);
}
