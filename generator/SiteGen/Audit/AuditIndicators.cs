using SiteGen.Diagnostics;

namespace SiteGen.Audit;

/// <summary>
/// One indicator of 政府网站与政务新媒体检查指标 (国办秘函〔2019〕19号) that SiteGen can count:
/// its part (单项否决 or a group of 扣分指标), its name, the diagnostic codes that count towards it
/// and the threshold monitoring applies (null when every occurrence costs points).
/// </summary>
internal sealed record AuditIndicator(string Group, string Name, string Rule, string[] Codes, int? Threshold);

/// <summary>
/// The indicators the editors' self-check page lists, in the order and groups of the national
/// indicator list: 单项否决 first (any one fails a site outright), then the 扣分指标 groups 信息发布,
/// 解读回应, 办事服务, 互动交流, 功能设计. Only what SiteGen can see in the sources is counted; the
/// rest (站点无法访问, 严重错误, 互动回应差 on 留言, 办事服务) is named as left to other checks.
/// </summary>
internal static class AuditIndicators
{
    public const string Veto = "单项否决指标";
    public const string Publishing = "扣分指标：信息发布";
    public const string Interpreting = "扣分指标：解读回应";
    public const string Services = "扣分指标：办事服务";
    public const string Interaction = "扣分指标：互动交流";
    public const string Design = "扣分指标：功能设计";

    /// <summary>Drafts are not a diagnostic: the page lists them under this indicator.</summary>
    public const string DraftsName = "待发布的草稿";

    public static IReadOnlyList<string> Groups { get; } = [Veto, Publishing, Interpreting, Services, Interaction, Design];

    public static IReadOnlyList<AuditIndicator> All { get; } =
    [
        new(Veto, "栏目不更新：空白栏目", "空白栏目（有栏目无内容）数量超过（含）5 个，即单项否决。", [DiagnosticCodes.EmptyColumn.Id], 5),
        new(Veto, "栏目不更新：未按期更新", "监测时间点前 2 周内的动态、要闻类栏目，以及前 6 个月内的通知公告、政策文件类栏目，累计超过（含）5 个未更新，即单项否决。", [DiagnosticCodes.StaleColumn.Id], 5),
        new(Publishing, "政府信息公开：索引号缺失", "政策文件应有索引号；每缺一处即为信息发布不规范。", [DiagnosticCodes.MissingIndexNo.Id], null),
        new(Publishing, "政府信息公开：索引号、文号重复", "一个索引号只标识一份文件，一个文号只对应一份公文。", [DiagnosticCodes.DuplicateIndexNo.Id, DiagnosticCodes.DuplicateDocNumber.Id], null),
        new(Publishing, "政府信息公开：年度报告", "县级以上人民政府于每年 3 月 31 日前公布上一年度政府信息公开工作年度报告（《政府信息公开条例》第四十九条）。", [DiagnosticCodes.ReportDeadline.Id], null),
        new(Publishing, DraftsName, "已提交但仍带 draft: true 的文件，不会发布；请补全后删除 draft 一行。", [], null),
        new(Interpreting, "政策解读：解读不及时", "政策解读与政策文件同步发布，最迟不超过 3 个工作日（国办发〔2016〕19号）。", [DiagnosticCodes.LateInterpretation.Id], null),
        new(Interaction, "调查征集：征集期过短", "意见征集期一般不少于 30 天，较短须说明理由。", [DiagnosticCodes.ShortConsultation.Id], null),
        new(Interaction, "调查征集：未公开意见采纳情况", "征集结束后应及时公开意见采纳情况。", [DiagnosticCodes.MissingFeedback.Id], null),
        new(Design, "链接可用性：不可用链接", "页面中打不开或错误的链接（含图片、附件）都会被检查发现并扣分。", [DiagnosticCodes.BrokenLink.Id], null),
    ];

    /// <summary>What SiteGen cannot see in the sources, per group: said on the page so nobody reads its silence as a pass.</summary>
    public static IReadOnlyDictionary<string, string> NotChecked { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Veto] = "安全泄密事故、站点无法访问、首页不更新、严重错误（错别字、错误表述）和互动回应差（留言长期未回应）不在本页检查范围，须由值班检查或监测平台发现。",
        [Services] = "办事指南、在线办理等办事服务不在 SiteGen 的内容范围内，本页不检查。",
    };
}
