using SiteGen.Model;

namespace SiteGen.Rendering.Views;

internal sealed record AttachmentView(string Title, string Url, string Ext, string Size)
{
    /// <summary>Made by the build from the page (a policy's PDF, <see cref="Pdf.PolicyPdf"/>), not a file of the site.</summary>
    public bool Generated { get; init; }
}
internal sealed record InterpretationView(string Title, string Url, string Form, string Date);
/// <summary>意见征集 as shown: period, 反馈方式, status at build time, the 意见采纳情况 once published, why a period is short.</summary>
internal sealed record ConsultationView(string Start, string End, string Channel, string Status, string StatusKey, LinkView? Result, int Days, string? ShortReason);
/// <summary>A policy a 解读 interprets that is no longer in force: the notice, the policy and what replaced it (issue 23).</summary>
internal sealed record RepealedPolicyView(string Notice, LinkView Policy, LinkView? ReplacedBy);
internal sealed record ProposalView(string Kind, string Number, string Received, string Replied, string Department)
{
    public string? Session { get; init; }
    public string? ReplyClass { get; init; }
    public IReadOnlyList<string> CoDepartments { get; init; } = [];
}

/// <summary>
/// A published document as templates see it. Dates are formatted once here (YYYY-MM-DD, or
/// YYYY-MM-DD HH:mm when a time was given); links to other documents exist only when their target
/// is published, so an unpublished document's title can never leak through a link.
/// </summary>
internal sealed class DocView
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Url { get; init; }
    public required string Date { get; init; }
    public required string DateTime { get; init; }
    public required int Year { get; init; }
    public string? Written { get; init; }
    public string? DocNumber { get; init; }
    public required string Organ { get; init; }
    /// <summary>主题分类 shown as `一级\二级`.</summary>
    public string? Topic { get; init; }
    public string? IndexNo { get; init; }
    public required string Validity { get; init; }
    public string? ValidityDate { get; init; }
    /// <summary>“本文件已于 2024-07-03 废止。” for documents no longer in force.</summary>
    public string? ValidityNotice { get; init; }
    public LinkView? ReplacedBy { get; init; }
    /// <summary>The 废止和失效 list of the document's column, for documents no longer in force.</summary>
    public LinkView? RepealedList { get; init; }
    public required IReadOnlyList<LinkView> Interprets { get; init; }
    public required IReadOnlyList<InterpretationView> Interpretations { get; init; }
    public string? InterpretationForm { get; init; }
    public required IReadOnlyList<LinkView> Issues { get; init; }
    public required IReadOnlyList<AttachmentView> Attachments { get; init; }
    public string? Summary { get; init; }
    public required IReadOnlyList<string> Keywords { get; init; }
    public ConsultationView? Consultation { get; init; }
    public ProposalView? Proposal { get; init; }
    public int? ReportYear { get; init; }
    public string? Section { get; init; }
    public required LinkView Column { get; init; }
    public required string ColumnId { get; init; }
    public required IReadOnlyDictionary<string, object?> Extra { get; init; }
    public required string Disclosure { get; init; }
    public bool InForce { get; init; }

    // —— 政策文件库 (issue 23) ——
    /// <summary>A policy (<see cref="Policies.IsPolicy"/>): it has a 有效性 row, a 下载 link and a place in the 汇编.</summary>
    public bool IsPolicy { get; init; }
    /// <summary>文种 (set or read from the title).</summary>
    public string? DocType { get; init; }
    /// <summary>Every 主题分类, shown as `一级\二级`.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
    /// <summary>For a 解读: each interpreted policy that is repealed, expired or revised.</summary>
    public IReadOnlyList<RepealedPolicyView> RepealedPolicies { get; init; } = [];
    /// <summary>The PDF the build makes of a policy that has no attachment (<see cref="Pdf.PolicyPdf"/>), or null.</summary>
    public AttachmentView? GeneratedPdf { get; init; }
    /// <summary>The file to download the document as: its first attachment (the original), else its generated PDF, or null.</summary>
    public AttachmentView? Download => Attachments.Count > 0 ? Attachments[0] : GeneratedPdf;
    /// <summary>The date to show in a policy list: 成文日期, else 发布日期.</summary>
    public string WrittenOrDate => Written ?? Date;

    // —— citizen pages (issue 23) ——
    /// <summary>重大行政决策事项: the timeline, on a decision record.</summary>
    public DecisionView? Decision { get; init; }
    /// <summary>The decision record this document is a step of (its 征集, 采纳情况 or 决策文件).</summary>
    public LinkView? DecisionRecord { get; init; }
    public MeetingView? Meeting { get; init; }

    /// <summary>公报 起始页码 of a bulletin article, where known.</summary>
    public int? Page { get; init; }
}
