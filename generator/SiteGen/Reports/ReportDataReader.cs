using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Text;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Reports;

/// <summary>
/// Reads an annual report's data, every number with its position, from the `report:` mapping of a
/// report's front matter or from a sibling `NAME.report.yml`:
/// <code>
/// report:
///   proactive:      # 二: 行政许可/行政处罚/行政强制 (件), 行政事业性收费 (万元); 规章/行政规范性文件 are computed
///     行政许可: 1520
///   applications:   # 三: each row 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他[, 总计]
///     本年新收: [120, 20, 1, 2, 5, 3]
///     不予公开: {属于国家秘密: [0, 0, 0, 0, 0, 0], …}
///   appeals:        # 四: 结果维持, 结果纠正, 其他结果, 尚未审结[, 总计]
///     行政复议: [1, 0, 0, 0]
/// </code>
/// A row key that is not in the template is an error (a typo would silently lose a number).
/// Totals may be left out; they are computed. The sums are checked by <see cref="ReportChecks"/>.
/// </summary>
internal static class ReportDataReader
{
    public const string FrontMatterKey = "report";
    public const string SiblingSuffix = ".report.yml";
    private static readonly string[] SectionKeys = ["proactive", "applications", "appeals"];

    public static ReportData Read(FieldReader r)
    {
        var proactive = r.Map("proactive") is { } p ? ReadProactive(p) : new ProactiveData();
        var applications = r.Map("applications") is { } a ? ReadApplications(a) : null;
        var appeals = r.Map("appeals") is { } q ? ReadAppeals(q) : null;
        UnknownKeys(r, SectionKeys, "report 中");
        return new ReportData(r.Path, proactive, applications, appeals);
    }

    private static ProactiveData ReadProactive(FieldReader r)
    {
        var rows = new Dictionary<string, Figure[]>(StringComparer.Ordinal);
        foreach (var kind in new[] { ReportLayout.Rules, ReportLayout.NormativeDocuments })
            if (r.Raw(kind) is { } node && Row(r, kind, node, ReportLayout.DocumentCounts, 3, 3) is { } row)
                rows[kind] = row;
        var decisions = new Dictionary<string, Figure>(StringComparer.Ordinal);
        foreach (var kind in new[] { ReportLayout.Licensing, ReportLayout.Penalty, ReportLayout.Enforcement, ReportLayout.Fees })
            if (r.Raw(kind) is { } node && Number(r, kind, node, integer: kind != ReportLayout.Fees) is { } n)
                decisions[kind] = n;
        UnknownKeys(r, [ReportLayout.Rules, ReportLayout.NormativeDocuments, ReportLayout.Licensing, ReportLayout.Penalty, ReportLayout.Enforcement, ReportLayout.Fees], "report.proactive 中");
        return new ProactiveData { DocumentRows = rows, Decisions = decisions };
    }

    private static ApplicationTable ReadApplications(FieldReader r)
    {
        var typed = new Dictionary<string, Figure[]>(StringComparer.Ordinal);
        var known = new List<string>();
        void ReadRow(FieldReader from, ApplicationRow row)
        {
            foreach (var key in row.Aliases.Prepend(row.Key))
            {
                known.Add(key);
                if (from.Raw(key) is { } node && Row(from, key, node, ReportLayout.ApplicantColumns, ReportLayout.Parts, ReportLayout.Parts + 1) is { } values)
                    typed[row.Key] = values;
            }
        }
        foreach (var row in ReportLayout.Rows.Where(x => !x.IsOutcome)) ReadRow(r, row);
        foreach (var group in ReportLayout.Groups)
        {
            if (!ReportLayout.IsNested(group))
            {
                ReadRow(r, ReportLayout.RowsOf(group.Key).Single());
                continue;
            }
            known.Add(group.Key);
            if (r.Map(group.Key) is not { } sub) continue;
            var subKnown = new List<string>();
            foreach (var row in ReportLayout.RowsOf(group.Key))
            {
                var before = known.Count;
                ReadRow(sub, row);
                subKnown.AddRange(known.Skip(before));
            }
            UnknownKeys(sub, subKnown, $"report.applications.{group.Key} 中");
        }
        UnknownKeys(r, known, "report.applications 中");
        foreach (var key in new[] { ReportLayout.NewKey, ReportLayout.CarriedInKey, ReportLayout.CarriedOutKey })
            if (!typed.ContainsKey(key))
                r.Diagnostics.Error(r.Owner, DiagnosticCodes.ReportMissingRow, $"年报数据 applications 缺少“{key}”一行。",
                    $"写成 `{key}: [自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他]`，没有申请时写 0。");
        return ReportTotals.CompleteApplications(typed, r.Owner);
    }

    private static AppealTable ReadAppeals(FieldReader r)
    {
        var rows = new Dictionary<string, Figure[]>(StringComparer.Ordinal);
        foreach (var kind in ReportLayout.AppealKinds)
        {
            if (r.Raw(kind) is { } node && Row(r, kind, node, ReportLayout.AppealResults, 4, 5) is { } row) rows[kind] = row;
            else if (r.Raw(kind) is null)
                r.Diagnostics.Error(r.Owner, DiagnosticCodes.ReportMissingRow, $"年报数据 appeals 缺少“{kind}”一行。", $"写成 `{kind}: [结果维持, 结果纠正, 其他结果, 尚未审结]`，没有案件时写 0。");
        }
        UnknownKeys(r, ReportLayout.AppealKinds, "report.appeals 中");
        return ReportTotals.CompleteAppeals(rows, r.Owner);
    }

    /// <summary>A list of <paramref name="min"/> to <paramref name="max"/> non-negative whole numbers; the last of <paramref name="labels"/> is the optional total.</summary>
    private static Figure[]? Row(FieldReader r, string key, YamlNode node, IReadOnlyList<string> labels, int min, int max)
    {
        var expected = min == max ? $"{min} 个数" : $"{min} 个数（最后可再加{labels[^1]}）";
        if (node is not YamlSequenceNode seq || seq.Children.Count < min || seq.Children.Count > max)
        {
            r.Diagnostics.Error(r.At(node), DiagnosticCodes.ReportBadRow, $"年报数据“{key}”应是 {expected}，依次为：{string.Join("、", labels.Take(max))}。",
                $"写成 `{key}: [{string.Join(", ", Enumerable.Repeat("0", min))}]`。");
            return null;
        }
        var figures = new List<Figure>();
        foreach (var item in seq.Children)
            figures.Add(Number(r, key, item, integer: true) ?? new Figure(0, r.At(item), true));
        return [.. figures];
    }

    private static Figure? Number(FieldReader r, string key, YamlNode node, bool integer)
    {
        var text = (node as YamlScalarNode)?.Value?.Trim().Replace(",", "", StringComparison.Ordinal);
        if (text is not null && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && (!integer || decimal.IsInteger(value)))
            return new Figure(value, r.At(node), true);
        r.Diagnostics.Error(r.At(node), DiagnosticCodes.ReportBadNumber, $"年报数据“{key}”中的“{text ?? "（列表或子项）"}”不是{(integer ? "整数" : "数字")}。",
            integer ? "件数请写整数，如 12；没有时写 0。" : "金额写成数字，如 12.5（单位：万元）。");
        return null;
    }

    private static void UnknownKeys(FieldReader r, IReadOnlyCollection<string> known, string where)
    {
        foreach (var (key, at, _) in r.UnknownKeys())
        {
            var near = Suggestions.Nearest(key, known, 1);
            r.Diagnostics.Error(at, DiagnosticCodes.ReportUnknownRow, $"{where}有年报格式中没有的项目“{key}”。",
                near.Count > 0 ? $"是不是“{near[0]}”？" : $"可用的项目：{string.Join("、", known)}。");
        }
    }
}
