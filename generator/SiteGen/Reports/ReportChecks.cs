using SiteGen.Diagnostics;

namespace SiteGen.Reports;

/// <summary>
/// The arithmetic of one report, every failure an error at the number that is wrong: no negative
/// numbers; each 总计 column equals the sum of its parts; （七）总计 equals the sum of the outcome
/// rows; and in every column of table 三, 本年新收 + 上年结转 = 办理结果总计 + 结转下年度.
/// Checks across years live in <see cref="AnnualReports"/>.
/// </summary>
internal static class ReportChecks
{
    public static void Check(ReportData data, DiagnosticBag diagnostics)
    {
        Negatives(data, diagnostics);
        if (data.Applications is { } a)
        {
            foreach (var row in ReportLayout.Rows)
                ColumnTotal(a.Rows[row.Key], ReportLayout.Parts, $"“{row.Label}”", "自然人和各类法人或其他组织", diagnostics);
            RowTotal(a, diagnostics);
            Balance(a, diagnostics);
        }
        if (data.Appeals is { } q)
            foreach (var kind in ReportLayout.AppealKinds)
                ColumnTotal(q.Rows[kind], 4, $"“{kind}”", "结果维持、结果纠正、其他结果、尚未审结", diagnostics);
    }

    private static IEnumerable<Figure> All(ReportData data) =>
        data.Proactive.DocumentRows.Values.SelectMany(f => f)
            .Concat(data.Proactive.Decisions.Values)
            .Concat(data.Applications?.Rows.Values.SelectMany(f => f) ?? [])
            .Concat(data.Appeals?.Rows.Values.SelectMany(f => f) ?? []);

    private static void Negatives(ReportData data, DiagnosticBag diagnostics)
    {
        foreach (var f in All(data).Where(f => f.Typed && f.Value < 0).Distinct())
            diagnostics.Error(f.At, DiagnosticCodes.ReportNegative, $"年报数据中有负数 {f.Value}。", "件数和金额不能为负数，请核对原始台账。");
    }

    private static void ColumnTotal(Figure[] row, int parts, string what, string partsName, DiagnosticBag diagnostics)
    {
        var total = row[parts];
        if (!total.Typed) return;
        var sum = row.Take(parts).Sum(f => f.Value);
        if (sum != total.Value)
            diagnostics.Error(total.At, DiagnosticCodes.ReportColumnTotal, $"{what}的总计填为 {total.Value}，但{partsName}之和是 {sum}。",
                "总计应等于前面各项之和；可以不填总计，由生成器计算。");
    }

    private static void RowTotal(ApplicationTable a, DiagnosticBag diagnostics)
    {
        var total = a.Rows[ReportLayout.OutcomeTotalKey];
        for (var c = 0; c <= ReportLayout.Parts; c++)
        {
            if (!total[c].Typed) continue;
            // The 总计 column is compared with the sum of every applicant's figures, not with the rows'
            // typed totals, so one wrong typed total is reported once, where it was typed.
            var sum = c == ReportLayout.TotalColumn
                ? ReportLayout.OutcomeRows.Sum(r => a.Rows[r.Key].Take(ReportLayout.Parts).Sum(f => f.Value))
                : ReportLayout.OutcomeRows.Sum(r => a.Rows[r.Key][c].Value);
            if (sum != total[c].Value)
                diagnostics.Error(total[c].At, DiagnosticCodes.ReportRowTotal,
                    $"“（七）总计”的“{ReportLayout.ApplicantColumns[c]}”一列填为 {total[c].Value}，但（一）至（六）各项之和是 {sum}。",
                    "（七）总计应等于予以公开、部分公开、不予公开、无法提供、不予处理、其他处理各行之和；可以不填，由生成器计算。");
        }
    }

    /// <summary>
    /// Uses the detail rows, never a typed total, so a wrong total is reported once (by the total
    /// checks) and not again here. The 总计 column balances whenever the six applicant columns do
    /// and its figures are their sums, which <see cref="ColumnTotal"/> checks.
    /// </summary>
    private static void Balance(ApplicationTable a, DiagnosticBag diagnostics)
    {
        for (var c = 0; c < ReportLayout.Parts; c++)
        {
            var received = a[ReportLayout.NewKey, c];
            var carriedIn = a[ReportLayout.CarriedInKey, c];
            var handled = ReportLayout.OutcomeRows.Sum(r => a[r.Key, c]);
            var carriedOut = a.Rows[ReportLayout.CarriedOutKey][c];
            if (received + carriedIn == handled + carriedOut.Value) continue;
            diagnostics.Error(carriedOut.At, DiagnosticCodes.ReportBalance,
                $"“{ReportLayout.ApplicantColumns[c]}”一列不平衡：本年新收 {received} + 上年结转 {carriedIn} = {received + carriedIn}，" +
                $"但办理结果（一）至（六）合计 {handled} + 结转下年度 {carriedOut.Value} = {handled + carriedOut.Value}。",
                "每一列都应满足：本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理。");
        }
    }
}
