using SiteGen.Rendering.Views;
using SiteGen.Text;

namespace SiteGen.Reports;

/// <summary>The reports index table: one column per year, one row per key figure, grouped by the report's sections.</summary>
internal static class ComparisonTable
{
    private sealed record Line(string Group, string Label, Func<AnnualReport, decimal?> Value);

    private static readonly Line[] Lines =
    [
        new("主动公开", "行政规范性文件本年制发件数", r => r.Documents(ReportLayout.NormativeDocuments)?.Counts.Made),
        new("主动公开", "行政规范性文件本年废止件数", r => r.Documents(ReportLayout.NormativeDocuments)?.Counts.Repealed),
        new("主动公开", "行政规范性文件现行有效件数", r => r.Documents(ReportLayout.NormativeDocuments)?.Counts.InForce),
        new("主动公开", "行政许可处理决定数量", r => Decision(r, ReportLayout.Licensing)),
        new("主动公开", "行政处罚处理决定数量", r => Decision(r, ReportLayout.Penalty)),
        new("主动公开", "行政强制处理决定数量", r => Decision(r, ReportLayout.Enforcement)),
        new("主动公开", "行政事业性收费金额（万元）", r => Decision(r, ReportLayout.Fees)),
        new("依申请公开", "本年新收申请", r => Applications(r, ReportLayout.NewKey)),
        new("依申请公开", "上年结转申请", r => Applications(r, ReportLayout.CarriedInKey)),
        .. ReportLayout.Groups.Select(g => new Line("依申请公开", g.Key, r => r.Data?.Applications is { } a ? ReportLayout.RowsOf(g.Key).Sum(x => a.Total(x.Key)) : null)),
        new("依申请公开", "办理结果总计", r => Applications(r, ReportLayout.OutcomeTotalKey)),
        new("依申请公开", "结转下年度继续办理", r => Applications(r, ReportLayout.CarriedOutKey)),
        new("复议和诉讼", "行政复议", r => r.Data?.Appeals?.Total(ReportLayout.Review)),
        new("复议和诉讼", "行政诉讼", r => r.Data?.Appeals is { } q ? q.Total(ReportLayout.DirectSuit) + q.Total(ReportLayout.SuitAfterReview) : null),
    ];

    private static decimal? Decision(AnnualReport r, string kind) => r.Data?.Proactive.Decisions.TryGetValue(kind, out var f) == true ? f.Value : null;

    private static decimal? Applications(AnnualReport r, string row) => r.Data?.Applications?.Total(row);

    public static TableView Build(string prefix, IReadOnlyList<AnnualReport> reports, Func<AnnualReport, LinkView> link)
    {
        var head = new List<TableRowView>
        {
            new([
                TableCell.Th("项目", $"{prefix}-item", "col", colspan: 2),
                .. reports.Select((r, i) => TableCell.Th(Dates.ChineseYear(r.Year), $"{prefix}-y{i}", "col")),
            ]),
        };
        var body = new List<TableRowView>();
        var lines = Lines.Where(l => reports.Any(r => l.Value(r) is not null)).ToList();
        var groups = lines.Select(l => l.Group).Distinct().ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 0; n < lines.Count; n++)
        {
            var line = lines[n];
            var groupId = $"{prefix}-g{groups.IndexOf(line.Group)}";
            var cells = new List<TableCell>();
            if (seen.Add(line.Group))
                cells.Add(TableCell.Th(line.Group, groupId, "rowgroup", rowspan: lines.Count(l => l.Group == line.Group)));
            cells.Add(TableCell.Th(line.Label, $"{prefix}-r{n}", "row"));
            for (var i = 0; i < reports.Count; i++)
                cells.Add(line.Value(reports[i]) is { } v
                    ? TableCell.Td(ReportTables.Number(v), [$"{prefix}-y{i}", groupId, $"{prefix}-r{n}"])
                    : TableCell.Td("未填报", [$"{prefix}-y{i}", groupId, $"{prefix}-r{n}"], "num missing"));
            body.Add(new TableRowView(cells));
        }
        return new TableView($"{prefix}-compare", "历年年度报告主要数据", head, body);
    }
}
