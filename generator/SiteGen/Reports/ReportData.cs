using SiteGen.Diagnostics;

namespace SiteGen.Reports;

/// <summary>A number of the report as the editor typed it (or as computed, when <see cref="Typed"/> is false), with where it was typed.</summary>
internal readonly record struct Figure(decimal Value, SourcePosition At, bool Typed);

/// <summary>本年制发件数, 本年废止件数, 现行有效件数 of 规章 or 行政规范性文件.</summary>
internal sealed record DocumentCounts(long Made, long Repealed, long InForce);

/// <summary>Section 二 as typed: the optional 规章/行政规范性文件 counts (normally computed) and the figures only the office knows.</summary>
internal sealed record ProactiveData
{
    /// <summary>Typed 规章 and 行政规范性文件 rows, each three figures, keyed by <see cref="ReportLayout.Rules"/> or <see cref="ReportLayout.NormativeDocuments"/>.</summary>
    public IReadOnlyDictionary<string, Figure[]> DocumentRows { get; init; } = new Dictionary<string, Figure[]>();
    /// <summary>行政许可, 行政处罚, 行政强制 (本年处理决定数量) and 行政事业性收费 (万元).</summary>
    public IReadOnlyDictionary<string, Figure> Decisions { get; init; } = new Dictionary<string, Figure>();
}

/// <summary>
/// Table 三: for each row key of <see cref="ReportLayout.Rows"/>, seven figures (six kinds of
/// applicant, then 总计). Rows and totals the editor left out are filled in (zeros, sums) with
/// <see cref="Figure.Typed"/> false, so the checks know what to compare.
/// </summary>
internal sealed record ApplicationTable(IReadOnlyDictionary<string, Figure[]> Rows, SourcePosition At)
{
    public long this[string row, int column] => (long)Rows[row][column].Value;
    public long Total(string row) => this[row, ReportLayout.TotalColumn];
}

/// <summary>Table 四: for 行政复议, 未经复议直接起诉, 复议后起诉, five figures (维持, 纠正, 其他, 尚未审结, 总计).</summary>
internal sealed record AppealTable(IReadOnlyDictionary<string, Figure[]> Rows, SourcePosition At)
{
    public long Total(string kind) => (long)Rows[kind][4].Value;
}

/// <summary>The data of one annual report (front matter `report:` or a sibling `NAME.report.yml`).</summary>
internal sealed record ReportData(string SourcePath, ProactiveData Proactive, ApplicationTable? Applications, AppealTable? Appeals);
