using System.Globalization;

namespace SiteGen.Reports;

/// <summary>
/// Builds the official table layouts of 国办公开办函〔2021〕30号 with their merged header cells.
/// Ids are prefixed per table (p1-, a-, q-) so several tables and charts share a page safely.
/// </summary>
internal static class ReportTables
{
    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Section 二: four small tables, 第二十条第（一）（五）（六）（八）项.</summary>
    public static IReadOnlyList<TableView> Proactive(AnnualReport report)
    {
        var tables = new List<TableView>();
        var rows = new List<TableRowView>();
        var computed = new List<string>();
        string[] kinds = [ReportLayout.Rules, ReportLayout.NormativeDocuments];
        for (var k = 0; k < kinds.Length; k++)
        {
            var shown = report.Documents(kinds[k]);
            if (shown is { Computed: true }) computed.Add(kinds[k]);
            var rowId = $"p1-r{k}";
            var cells = new List<TableCell> { TableCell.Th(kinds[k], rowId, "row") };
            long[] values = shown is { } s ? [s.Counts.Made, s.Counts.Repealed, s.Counts.InForce] : [0, 0, 0];
            for (var i = 0; i < 3; i++)
                cells.Add(TableCell.Td(values[i].ToString(CultureInfo.InvariantCulture), ["p1-item", $"p1-h{i + 1}", rowId],
                    shown is { Computed: true } ? "num computed" : "num"));
            rows.Add(new TableRowView(cells));
        }
        tables.Add(new TableView("report-table-p1", "第二十条第（一）项：规章和行政规范性文件",
            [
                new([TableCell.Th("第二十条第（一）项", "p1-item", "colgroup", colspan: 4)]),
                new([TableCell.Th("信息内容", "p1-h0", "col"), .. ReportLayout.DocumentCounts.Select((h, i) => TableCell.Th(h, $"p1-h{i + 1}", "col"))]),
            ],
            rows,
            computed.Count > 0 ? $"注：{string.Join("、", computed)}的件数由本站按已发布的文件统计（按成文日期计入制发年度，按有效性变更日期计入废止年度）。" : null));

        var decisions = report.Data?.Proactive.Decisions;
        if (decisions is null || decisions.Count == 0) return tables;
        tables.Add(Decisions("p5", "第二十条第（五）项", "本年处理决定数量", [ReportLayout.Licensing], decisions));
        tables.Add(Decisions("p6", "第二十条第（六）项", "本年处理决定数量", [ReportLayout.Penalty, ReportLayout.Enforcement], decisions));
        tables.Add(Decisions("p8", "第二十条第（八）项", "本年收费金额（单位：万元）", [ReportLayout.Fees], decisions));
        return tables;
    }

    private static TableView Decisions(string prefix, string item, string measure, string[] kinds, IReadOnlyDictionary<string, Figure> values)
    {
        var rows = kinds.Select((k, i) => new TableRowView(
        [
            TableCell.Th(k, $"{prefix}-r{i}", "row"),
            values.TryGetValue(k, out var f)
                ? TableCell.Td(Number(f.Value), [$"{prefix}-item", $"{prefix}-h1", $"{prefix}-r{i}"])
                : TableCell.Td("未填报", [$"{prefix}-item", $"{prefix}-h1", $"{prefix}-r{i}"], "num missing"),
        ])).ToList();
        return new TableView($"report-table-{prefix}", $"{item}：{string.Join("、", kinds)}",
            [
                new([TableCell.Th(item, $"{prefix}-item", "colgroup", colspan: 2)]),
                new([TableCell.Th("信息内容", $"{prefix}-h0", "col"), TableCell.Th(measure, $"{prefix}-h1", "col")]),
            ],
            rows);
    }

    /// <summary>Section 三: the 10-column table with 申请人情况 over 自然人 | 法人或其他组织 (five kinds) | 总计.</summary>
    public static TableView Applications(ApplicationTable table)
    {
        var head = new List<TableRowView>
        {
            new([
                new TableCell { Text = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", Colspan = 3, Rowspan = 3, CssClass = "corner" },
                TableCell.Th("申请人情况", "a-applicant", "colgroup", colspan: 7),
            ]),
            new([
                TableCell.Th(ReportLayout.ApplicantColumns[0], "a-c0", "col", rowspan: 2),
                TableCell.Th("法人或其他组织", "a-org", "colgroup", colspan: 5),
                TableCell.Th(ReportLayout.ApplicantColumns[6], "a-c6", "col", rowspan: 2),
            ]),
            new(Enumerable.Range(1, 5).Select(c => TableCell.Th(ReportLayout.ApplicantColumns[c], $"a-c{c}", "col")).ToList()),
        };
        var body = new List<TableRowView>();
        var outcomeRows = ReportLayout.Rows.Count(r => r.IsOutcome || r.Key == ReportLayout.OutcomeTotalKey);
        var groupSeen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ReportLayout.Rows.Length; i++)
        {
            var row = ReportLayout.Rows[i];
            var cells = new List<TableCell>();
            var rowHeaders = new List<string>();
            var inOutcomes = row.IsOutcome || row.Key == ReportLayout.OutcomeTotalKey;
            if (inOutcomes)
            {
                rowHeaders.Add("a-outcomes");
                if (row.Key == ReportLayout.Rows.First(r => r.IsOutcome).Key)
                    cells.Add(TableCell.Th("三、本年度办理结果", "a-outcomes", "rowgroup", rowspan: outcomeRows));
            }
            var nestedGroup = row.Group is { } g && ReportLayout.IsNested(ReportLayout.Groups.First(x => x.Key == g)) ? ReportLayout.Groups.First(x => x.Key == g) : null;
            if (nestedGroup is not null)
            {
                var groupId = $"a-g{Array.IndexOf(ReportLayout.Groups, nestedGroup)}";
                rowHeaders.Add(groupId);
                if (groupSeen.Add(nestedGroup.Key))
                    cells.Add(TableCell.Th(nestedGroup.Label, groupId, "rowgroup", rowspan: ReportLayout.RowsOf(nestedGroup.Key).Count()));
                cells.Add(TableCell.Th(row.Label, $"a-r{i}", "row"));
            }
            else
            {
                cells.Add(TableCell.Th(row.Label, $"a-r{i}", "row", colspan: inOutcomes ? 2 : 3));
            }
            rowHeaders.Add($"a-r{i}");
            for (var c = 0; c <= ReportLayout.Parts; c++)
            {
                string[] colHeaders = c is 0 or ReportLayout.TotalColumn ? ["a-applicant", $"a-c{c}"] : ["a-applicant", "a-org", $"a-c{c}"];
                cells.Add(TableCell.Td(Number(table.Rows[row.Key][c].Value), colHeaders.Concat(rowHeaders), c == ReportLayout.TotalColumn ? "num total" : "num"));
            }
            body.Add(new TableRowView(cells));
        }
        return new TableView("report-table-applications", "收到和处理政府信息公开申请情况", head, body);
    }

    /// <summary>Section 四: 行政复议 (five results) and 行政诉讼 (未经复议直接起诉, 复议后起诉; five results each), one row of 15 numbers.</summary>
    public static TableView Appeals(AppealTable table)
    {
        var results = ReportLayout.AppealResults;
        var head = new List<TableRowView>
        {
            new([TableCell.Th(ReportLayout.Review, "q-review", "colgroup", colspan: 5), TableCell.Th("行政诉讼", "q-suit", "colgroup", colspan: 10)]),
            new([
                .. results.Select((r, i) => TableCell.Th(r, $"q-review-{i}", "col", rowspan: 2)),
                TableCell.Th(ReportLayout.DirectSuit, "q-direct", "colgroup", colspan: 5),
                TableCell.Th(ReportLayout.SuitAfterReview, "q-after", "colgroup", colspan: 5),
            ]),
            new([
                .. results.Select((r, i) => TableCell.Th(r, $"q-direct-{i}", "col")),
                .. results.Select((r, i) => TableCell.Th(r, $"q-after-{i}", "col")),
            ]),
        };
        var cells = new List<TableCell>();
        for (var i = 0; i < 5; i++) cells.Add(TableCell.Td(Number(table.Rows[ReportLayout.Review][i].Value), ["q-review", $"q-review-{i}"], i == 4 ? "num total" : "num"));
        for (var i = 0; i < 5; i++) cells.Add(TableCell.Td(Number(table.Rows[ReportLayout.DirectSuit][i].Value), ["q-suit", "q-direct", $"q-direct-{i}"], i == 4 ? "num total" : "num"));
        for (var i = 0; i < 5; i++) cells.Add(TableCell.Td(Number(table.Rows[ReportLayout.SuitAfterReview][i].Value), ["q-suit", "q-after", $"q-after-{i}"], i == 4 ? "num total" : "num"));
        return new TableView("report-table-appeals", "政府信息公开行政复议、行政诉讼情况", head, [new TableRowView(cells)]);
    }
}
