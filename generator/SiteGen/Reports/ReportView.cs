using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Text;

namespace SiteGen.Reports;

/// <summary>
/// One part of a report page: a piece of the Markdown body (from one h2 heading to the next), and
/// the tables and charts that belong under it. <see cref="Heading"/> is set only for a section the
/// body does not have, whose heading the theme then writes.
/// </summary>
internal sealed record ReportSectionView(RawHtml Html, string? Heading, string? HeadingId, IReadOnlyList<TableView> Tables, IReadOnlyList<ChartView> Charts);

/// <summary>An annual report page's parts, with the link to the comparison across years.</summary>
internal sealed record ReportView(int Year, IReadOnlyList<ReportSectionView> Sections, string? CompareUrl, string? PreviousTitle, string? PreviousUrl);

/// <summary>
/// Puts the tables where the official format has them: under the body's "二、", "三、" and "四、"
/// headings (section 二 after 主动公开政府信息情况, and so on). A section the body lacks is added in
/// its place in the order 一…六, with the template's heading.
/// </summary>
internal static partial class ReportViewBuilder
{
    private static readonly (string Number, string Heading)[] TableSections =
    [
        ("二", "二、主动公开政府信息情况"),
        ("三", "三、收到和处理政府信息公开申请情况"),
        ("四", "四、政府信息公开行政复议、行政诉讼情况"),
    ];
    private const string Numbers = "一二三四五六";

    public static ReportView Build(AnnualReport report, string bodyHtml, IReadOnlyList<(int Year, DocumentCounts Counts)> history,
        string? compareUrl, string? previousUrl, DiagnosticBag diagnostics)
    {
        var parts = Split(bodyHtml);
        var content = new Dictionary<string, (List<TableView> Tables, List<ChartView> Charts)>(StringComparer.Ordinal);
        content["二"] = ([.. ReportTables.Proactive(report)], history.Count > 1 ? [DocumentsChart("report-chart-documents", history)] : []);
        if (report.Data?.Applications is { } a) content["三"] = ([ReportTables.Applications(a)], [OutcomeChart("report-chart-outcomes", report.Year, a)]);
        if (report.Data?.Appeals is { } q) content["四"] = ([ReportTables.Appeals(q)], []);

        var sections = new List<ReportSectionView>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (html, number) in parts)
        {
            foreach (var missing in TableSections.Where(s => number is not null && !placed.Contains(s.Number) && Numbers.IndexOf(s.Number) < Numbers.IndexOf(number) && content.ContainsKey(s.Number)))
            {
                sections.Add(Added(missing, content[missing.Number]));
                placed.Add(missing.Number);
            }
            if (number is not null && content.TryGetValue(number, out var c) && placed.Add(number))
            {
                if (html.Contains("<table", StringComparison.Ordinal))
                    diagnostics.Warning(SourcePosition.FileStart(report.Document.SourcePath), DiagnosticCodes.ReportDuplicateTable,
                        $"年报正文“{number}、”一节中已有表格，页面上还会显示按年报数据生成的表格。", "删除正文中的表格，数据只写在 report: 中。");
                sections.Add(new ReportSectionView(new RawHtml(html), null, null, c.Tables, c.Charts));
            }
            else sections.Add(new ReportSectionView(new RawHtml(html), null, null, [], []));
        }
        foreach (var missing in TableSections.Where(s => !placed.Contains(s.Number) && content.ContainsKey(s.Number)))
            sections.Add(Added(missing, content[missing.Number]));
        return new ReportView(report.Year, sections, compareUrl, report.Previous?.Document.Title, previousUrl);
    }

    private static ReportSectionView Added((string Number, string Heading) s, (List<TableView> Tables, List<ChartView> Charts) c) =>
        new(new RawHtml(""), s.Heading, $"report-section-{Numbers.IndexOf(s.Number) + 1}", c.Tables, c.Charts);

    /// <summary>
    /// Splits rendered Markdown before each top-level &lt;h2&gt;. Markdig writes headings at the start
    /// of a line; an h2 nested in a list or quote does not start a section (it is not a "二、" heading).
    /// </summary>
    private static List<(string Html, string? Number)> Split(string html)
    {
        var result = new List<(string, string?)>();
        var starts = H2Start().Matches(html).Select(m => m.Index).Prepend(0).Distinct().ToList();
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : html.Length;
            var part = html[starts[i]..end];
            var heading = H2Text().Match(part);
            string? number = null;
            if (heading.Success)
            {
                var text = Tags().Replace(heading.Groups[1].Value, "").Trim();
                if (text.Length > 1 && Numbers.Contains(text[0]) && text[1] is '、' or '.' or '．' or ' ') number = text[0].ToString();
            }
            if (part.Length > 0) result.Add((part, number));
        }
        return result;
    }

    public static ChartView OutcomeChart(string id, int year, ApplicationTable a)
    {
        var bars = ReportLayout.Groups.Select(g => (g.Key, ReportLayout.RowsOf(g.Key).Sum(r => a.Total(r.Key)))).ToList();
        bars.Add(("结转下年度", a.Total(ReportLayout.CarriedOutKey)));
        return SvgChart.HorizontalBars(id, $"{year}年政府信息公开申请办理结果（件）", bars);
    }

    public static ChartView DocumentsChart(string id, IReadOnlyList<(int Year, DocumentCounts Counts)> history) =>
        SvgChart.GroupedBars(id, $"{history[0].Year}—{history[^1].Year}年行政规范性文件制发、废止和现行有效件数",
            history.Select(h => Dates.ChineseYear(h.Year)).ToList(),
            [
                new ChartSeries("本年制发", history.Select(h => h.Counts.Made).ToList()),
                new ChartSeries("本年废止", history.Select(h => h.Counts.Repealed).ToList()),
                new ChartSeries("现行有效", history.Select(h => h.Counts.InForce).ToList()),
            ], "件");

    [GeneratedRegex("^<h2[ >]", RegexOptions.Multiline)]
    private static partial Regex H2Start();

    [GeneratedRegex("^<h2[^>]*>(.*?)</h2>", RegexOptions.Singleline)]
    private static partial Regex H2Text();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
