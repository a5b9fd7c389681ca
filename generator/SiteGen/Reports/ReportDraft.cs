using System.Globalization;
using System.Text;
using SiteGen.Model;

namespace SiteGen.Reports;

/// <summary>
/// The draft of a year's annual report (`sitegen report YEAR`): front matter with `draft: true`,
/// section 二's 规章/行政规范性文件 rows computed from the published documents, 上年结转 taken from
/// last year's published report, every other figure 0 for the editor to fill in, and the six
/// headings of the official format for the text.
/// </summary>
internal static class ReportDraft
{
    public const string ColumnName = "政府信息公开年报";

    /// <summary>Where the draft goes, relative to content/: beside the newest report, else in the 年报 column's folder.</summary>
    public static string DefaultPath(SiteModel site, int year)
    {
        var newest = site.Reports.All.OrderByDescending(r => r.Year).ThenBy(r => r.Document.Id, StringComparer.Ordinal).FirstOrDefault();
        var folder = newest?.Document.Folder
            ?? site.Columns.All.FirstOrDefault(c => c.Name == ColumnName || c.Id == "nb")?.Dir
            ?? "xxgk/nb";
        return folder.Length == 0 ? $"{year}.md" : $"{folder}/{year}.md";
    }

    public static string Write(SiteModel site, int year)
    {
        var organ = site.Config.Organ;
        var title = $"{site.Config.Title}{year}年政府信息公开工作年度报告";
        var previous = site.Reports.All.FirstOrDefault(r => r.Year == year - 1 && r.Document.Organ == organ);
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append(CultureInfo.InvariantCulture, $"title: {title}\n");
        sb.Append(CultureInfo.InvariantCulture, $"category: {ColumnName}\n");
        sb.Append("disclosure: 主动公开\n");
        sb.Append(CultureInfo.InvariantCulture, $"date: {year + 1}-01-31   # 发布日期：部门 1月31日前，政府 3月31日前\n");
        sb.Append(CultureInfo.InvariantCulture, $"organ: {organ}\n");
        sb.Append(CultureInfo.InvariantCulture, $"report_year: {year}\n");
        sb.Append("draft: true   # 填写、核对完毕后删除这一行\n");
        sb.Append("report:\n");
        sb.Append("  # 二、主动公开政府信息情况。规章、行政规范性文件：本年制发件数, 本年废止件数, 现行有效件数（按本站已发布文件计算）\n");
        sb.Append("  proactive:\n");
        foreach (var kind in new[] { ReportLayout.Rules, ReportLayout.NormativeDocuments })
            if (DocumentStatistics.DocumentsOf(site, kind) is { } docs)
            {
                var c = DocumentStatistics.Count(docs, year);
                sb.Append(CultureInfo.InvariantCulture, $"    {kind}: [{c.Made}, {c.Repealed}, {c.InForce}]\n");
            }
        sb.Append(CultureInfo.InvariantCulture, $"    {ReportLayout.Licensing}: 0   # 本年处理决定数量\n");
        sb.Append(CultureInfo.InvariantCulture, $"    {ReportLayout.Penalty}: 0\n");
        sb.Append(CultureInfo.InvariantCulture, $"    {ReportLayout.Enforcement}: 0\n");
        sb.Append(CultureInfo.InvariantCulture, $"    {ReportLayout.Fees}: 0   # 本年收费金额（万元）\n");
        sb.Append("  # 三、收到和处理政府信息公开申请情况。每行：自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他（总计由生成器计算）\n");
        sb.Append("  applications:\n");
        var carried = previous?.Data?.Applications;
        foreach (var row in ReportLayout.Rows.Where(r => r.Key != ReportLayout.OutcomeTotalKey))
        {
            if (row.IsOutcome && ReportLayout.Groups.First(g => g.Key == row.Group) is var g && ReportLayout.IsNested(g))
            {
                if (ReportLayout.RowsOf(g.Key).First() == row) sb.Append(CultureInfo.InvariantCulture, $"    {g.Key}:\n");
                sb.Append(CultureInfo.InvariantCulture, $"      {Key(row.Key)}: {Zeros()}\n");
                continue;
            }
            var values = row.Key == ReportLayout.CarriedInKey && carried is not null
                ? $"[{string.Join(", ", Enumerable.Range(0, ReportLayout.Parts).Select(c => carried[ReportLayout.CarriedOutKey, c]))}]   # 取自{year - 1}年年度报告的结转下年度"
                : Zeros();
            sb.Append(CultureInfo.InvariantCulture, $"    {Key(row.Key)}: {values}\n");
        }
        sb.Append("  # 四、政府信息公开行政复议、行政诉讼情况。每行：结果维持, 结果纠正, 其他结果, 尚未审结（总计由生成器计算）\n");
        sb.Append("  appeals:\n");
        foreach (var kind in ReportLayout.AppealKinds) sb.Append(CultureInfo.InvariantCulture, $"    {kind}: [0, 0, 0, 0]\n");
        sb.Append("---\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"本报告依据《中华人民共和国政府信息公开条例》编制。本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。\n\n");
        foreach (var heading in Headings)
            sb.Append(CultureInfo.InvariantCulture, $"## {heading.Title}\n\n{heading.Prompt}\n\n{Figures(site, year, heading.Title)}");
        return sb.ToString();
    }

    private static readonly (string Title, string Prompt)[] Headings =
    [
        ("一、总体情况", "（主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面的情况。）"),
        ("二、主动公开政府信息情况", "（表格由文档属性 report.proactive 中的数据生成。）"),
        ("三、收到和处理政府信息公开申请情况", "（表格由文档属性 report.applications 中的数据生成。）"),
        ("四、政府信息公开行政复议、行政诉讼情况", "（表格由文档属性 report.appeals 中的数据生成。）"),
        ("五、存在的主要问题及改进情况", "（上一年度问题的整改情况，本年度存在的主要问题和改进措施。）"),
        ("六、其他需要报告的事项", "（信息处理费收取情况，年度政务公开工作要点落实情况，人大代表建议和政协提案办理结果公开情况等。）"),
    ];

    /// <summary>Section 六 reports 人大代表建议和政协提案办理结果公开情况: the year's counts from the published replies.</summary>
    private static string Figures(SiteModel site, int year, string heading)
    {
        if (!heading.StartsWith("六、", StringComparison.Ordinal)) return "";
        var summary = ProposalSummary.For(site, year);
        return summary.Total == 0 ? "" : summary.Sentence() + "\n\n";
    }

    private static string Zeros() => $"[{string.Join(", ", Enumerable.Repeat("0", ReportLayout.Parts))}]";

    /// <summary>Keys with YAML-special characters are quoted (none of the template's are today, but “” and 、 are safe).</summary>
    private static string Key(string key) => key.IndexOfAny([':', '#', '[', ']', '{', '}', ',']) >= 0 ? $"\"{key}\"" : key;
}
