namespace SiteGen.Reports;

/// <summary>One row of table 三: the key editors type, the label of the official template, and the group it belongs to.</summary>
internal sealed record ApplicationRow(string Key, string Label, string? Group, IReadOnlyList<string> Aliases)
{
    /// <summary>A detail row of 三、本年度办理结果, summed into （七）总计.</summary>
    public bool IsOutcome => Group is not null;
}

/// <summary>A group of outcome rows, as （三）不予公开 with its eight reasons.</summary>
internal sealed record OutcomeGroup(string Key, string Label);

/// <summary>
/// The fixed layout of the annual report's tables (政府信息公开工作年度报告格式, 国办公开办函〔2021〕30号).
/// Labels are the template's words; keys are the short forms editors type in the report data.
/// </summary>
internal static class ReportLayout
{
    // ---- 二、主动公开政府信息情况 ----
    public const string Rules = "规章";
    public const string NormativeDocuments = "行政规范性文件";
    public static readonly string[] DocumentCounts = ["本年制发件数", "本年废止件数", "现行有效件数"];
    public const string Licensing = "行政许可";
    public const string Penalty = "行政处罚";
    public const string Enforcement = "行政强制";
    public const string Fees = "行政事业性收费";

    // ---- 三、收到和处理政府信息公开申请情况 ----
    /// <summary>Applicant columns: 自然人, the five kinds of 法人或其他组织, then 总计.</summary>
    public static readonly string[] ApplicantColumns = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];
    public const int Parts = 6;
    public const int TotalColumn = 6;

    public const string NewKey = "本年新收";
    public const string CarriedInKey = "上年结转";
    public const string OutcomeTotalKey = "总计";
    public const string CarriedOutKey = "结转下年度";

    public static readonly OutcomeGroup[] Groups =
    [
        new("予以公开", "（一）予以公开"),
        new("部分公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
        new("不予公开", "（三）不予公开"),
        new("无法提供", "（四）无法提供"),
        new("不予处理", "（五）不予处理"),
        new("其他处理", "（六）其他处理"),
    ];

    /// <summary>Rows of table 三 in template order. Outcome rows of a single-row group carry the group's own key.</summary>
    public static readonly ApplicationRow[] Rows =
    [
        new(NewKey, "一、本年新收政府信息公开申请数量", null, []),
        new(CarriedInKey, "二、上年结转政府信息公开申请数量", null, []),
        new("予以公开", "（一）予以公开", "予以公开", []),
        new("部分公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "部分公开", []),
        new("属于国家秘密", "1.属于国家秘密", "不予公开", []),
        new("其他法律行政法规禁止公开", "2.其他法律行政法规禁止公开", "不予公开", []),
        new("危及“三安全一稳定”", "3.危及“三安全一稳定”", "不予公开", ["危及三安全一稳定"]),
        new("保护第三方合法权益", "4.保护第三方合法权益", "不予公开", []),
        new("属于三类内部事务信息", "5.属于三类内部事务信息", "不予公开", []),
        new("属于四类过程性信息", "6.属于四类过程性信息", "不予公开", []),
        new("属于行政执法案卷", "7.属于行政执法案卷", "不予公开", []),
        new("属于行政查询事项", "8.属于行政查询事项", "不予公开", []),
        new("本机关不掌握相关政府信息", "1.本机关不掌握相关政府信息", "无法提供", []),
        new("没有现成信息需要另行制作", "2.没有现成信息需要另行制作", "无法提供", []),
        new("补正后申请内容仍不明确", "3.补正后申请内容仍不明确", "无法提供", []),
        new("信访举报投诉类申请", "1.信访举报投诉类申请", "不予处理", []),
        new("重复申请", "2.重复申请", "不予处理", []),
        new("要求提供公开出版物", "3.要求提供公开出版物", "不予处理", []),
        new("无正当理由大量反复申请", "4.无正当理由大量反复申请", "不予处理", []),
        new("要求行政机关确认或重新出具已获取信息", "5.要求行政机关确认或重新出具已获取信息", "不予处理", []),
        new("逾期不补正", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "其他处理",
            ["申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"]),
        new("逾期未缴费", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "其他处理",
            ["申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"]),
        new("其他", "3.其他", "其他处理", []),
        new(OutcomeTotalKey, "（七）总计", null, []),
        new(CarriedOutKey, "四、结转下年度继续办理", null, ["结转下年度继续办理"]),
    ];

    public static IEnumerable<ApplicationRow> OutcomeRows => Rows.Where(r => r.IsOutcome);

    public static IEnumerable<ApplicationRow> RowsOf(string group) => Rows.Where(r => r.Group == group);

    /// <summary>Groups with more than one row are written as a sub-mapping (不予公开: {属于国家秘密: [...]}).</summary>
    public static bool IsNested(OutcomeGroup g) => RowsOf(g.Key).Count() > 1;

    // ---- 四、政府信息公开行政复议、行政诉讼情况 ----
    public static readonly string[] AppealResults = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
    public const string Review = "行政复议";
    public const string DirectSuit = "未经复议直接起诉";
    public const string SuitAfterReview = "复议后起诉";
    public static readonly string[] AppealKinds = [Review, DirectSuit, SuitAfterReview];
}
