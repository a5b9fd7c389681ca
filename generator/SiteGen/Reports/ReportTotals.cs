using SiteGen.Diagnostics;

namespace SiteGen.Reports;

/// <summary>
/// Fills in what the editor may leave out: rows without applications (zeros), the 总计 column and
/// the （七）总计 row (sums). Filled-in figures are marked untyped, so the checks compare only what
/// was typed and nothing is reported twice.
/// </summary>
internal static class ReportTotals
{
    public static ApplicationTable CompleteApplications(IReadOnlyDictionary<string, Figure[]> typed, SourcePosition owner)
    {
        var rows = new Dictionary<string, Figure[]>(StringComparer.Ordinal);
        foreach (var row in ReportLayout.Rows.Where(r => r.Key != ReportLayout.OutcomeTotalKey))
            rows[row.Key] = WithTotal(typed.GetValueOrDefault(row.Key), ReportLayout.Parts, owner);
        var total = new Figure[ReportLayout.Parts + 1];
        for (var c = 0; c <= ReportLayout.Parts; c++)
            total[c] = new Figure(ReportLayout.OutcomeRows.Sum(r => rows[r.Key][c].Value), owner, false);
        if (typed.GetValueOrDefault(ReportLayout.OutcomeTotalKey) is { } t)
        {
            var typedTotal = WithTotal(t, ReportLayout.Parts, owner);
            for (var c = 0; c <= ReportLayout.Parts; c++)
                if (typedTotal[c].Typed) total[c] = typedTotal[c];
        }
        rows[ReportLayout.OutcomeTotalKey] = total;
        return new ApplicationTable(rows, owner);
    }

    public static AppealTable CompleteAppeals(IReadOnlyDictionary<string, Figure[]> typed, SourcePosition owner) =>
        new(ReportLayout.AppealKinds.ToDictionary(k => k, k => WithTotal(typed.GetValueOrDefault(k), 4, owner), StringComparer.Ordinal), owner);

    /// <summary><paramref name="parts"/> figures followed by their total: the typed one when given, else the sum.</summary>
    private static Figure[] WithTotal(Figure[]? typed, int parts, SourcePosition owner)
    {
        var result = new Figure[parts + 1];
        for (var i = 0; i < parts; i++)
            result[i] = typed is not null && i < typed.Length ? typed[i] : new Figure(0, owner, false);
        result[parts] = typed is not null && typed.Length > parts
            ? typed[parts]
            : new Figure(result.Take(parts).Sum(f => f.Value), typed is { Length: > 0 } ? typed[^1].At : owner, false);
        return result;
    }
}
