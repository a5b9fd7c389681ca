using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>A reference from one document to another document or bulletin issue, kept with its position for diagnostics.</summary>
internal sealed record Reference(string Target, SourcePosition At)
{
    /// <summary>The target as a document id: editors may write it with a leading '/', "content/" or ".md".</summary>
    public string DocumentId
    {
        get
        {
            var id = Target.Trim().TrimStart('/');
            if (id.EndsWith(".md", StringComparison.Ordinal)) id = id[..^3];
            if (id.StartsWith("content/", StringComparison.Ordinal)) id = id["content/".Length..];
            return id;
        }
    }
}

/// <summary>附件: a file beside the document, and the title it is listed under.</summary>
internal sealed record Attachment(string File, string Title, SourcePosition At)
{
    public string Extension => Path.GetExtension(File).TrimStart('.').ToLowerInvariant();
    /// <summary>What the file is for: "" a 附件; otherwise a part of a meeting (<see cref="MeetingFiles"/>), shown in the meeting's section.</summary>
    public string Role { get; init; } = "";
}

/// <summary>意见征集: a public consultation's period, how to give feedback, and the feedback document.</summary>
internal sealed record Consultation(DateTime Start, DateTime End, string Channel, Reference? Result, string? ShortReason);

/// <summary>建议提案办理: a reply to a deputy's suggestion (人大代表建议) or a CPPCC proposal (政协提案).</summary>
internal sealed record Proposal(string Kind, string Number, DateTime? Received, DateTime? Replied, string Department)
{
    /// <summary>届次, e.g. 十八届人大五次会议.</summary>
    public string Session { get; init; } = "";
    /// <summary>答复类别: A (解决或采纳), B (正在解决或列入计划), C (因条件限制留作参考).</summary>
    public string ReplyClass { get; init; } = "";
    /// <summary>协办单位.</summary>
    public IReadOnlyList<string> CoDepartments { get; init; } = [];
}

/// <summary>
/// 重大行政决策事项: an entry of the 年度重大行政决策事项目录 that follows one decision from its
/// 意见征集 through the 意见采纳情况 to the adopted document (and, through it, its 解读).
/// </summary>
internal sealed record Decision(int Year, string Department, string Planned, Reference? Consultation, Reference? Feedback, Reference? Adopted);

/// <summary>会议公开: who attended without a vote (列席); the meeting's files are attachments with a <see cref="Attachment.Role"/>.</summary>
internal sealed record Meeting(IReadOnlyList<string> Attendees);

/// <summary>The roles a meeting's files have among a document's attachments.</summary>
internal static class MeetingFiles
{
    public const string Material = "material";
    public const string Video = "video";
    public const string Captions = "captions";
}

/// <summary>
/// One document as its front matter describes it, validated and typed. Whether it is published is
/// decided by the publishing gate, not here.
/// </summary>
internal sealed record Document
{
    /// <summary>Path under content/ without .md; references between documents use it.</summary>
    public required string Id { get; init; }
    public required string SourcePath { get; init; }
    public required string Title { get; init; }
    public required string ColumnId { get; init; }
    /// <summary>公开属性: 主动公开, 依申请公开 or 不予公开.</summary>
    public required string Disclosure { get; init; }
    public string? DisclosureReason { get; init; }
    /// <summary>发布日期 (with time when the editor gave one).</summary>
    public required DateTime Date { get; init; }
    public bool HasTime { get; init; }
    /// <summary>成文日期.</summary>
    public DateTime? Written { get; init; }
    /// <summary>发文字号, normalised to 〔〕 brackets.</summary>
    public string? DocNumber { get; init; }
    /// <summary>发文字号 as typed, when normalising changed it (for the lint).</summary>
    public string? DocNumberAsTyped { get; init; }
    /// <summary>发布机构.</summary>
    public required string Organ { get; init; }
    /// <summary>主题分类 as `一级/二级`.</summary>
    public string? Topic { get; init; }
    /// <summary>索引号; never invented at build time.</summary>
    public string? IndexNo { get; init; }
    /// <summary>有效性: 有效, 失效, 废止, 已修订 (also 部分失效, 尚未生效).</summary>
    public string Validity { get; init; } = "有效";
    public DateTime? ValidityDate { get; init; }
    public Reference? ReplacedBy { get; init; }
    public IReadOnlyList<Reference> Interprets { get; init; } = [];
    /// <summary>解读形式.</summary>
    public string? InterpretationForm { get; init; }
    /// <summary>The 公报 issue (`YYYY-NN`) this document is also printed in.</summary>
    public Reference? Bulletin { get; init; }
    public string? Section { get; init; }
    public int? Order { get; init; }
    public SourcePosition OrderAt { get; init; }
    /// <summary>公报 起始页码: the page of the printed issue the article starts on (issue 23), where known.</summary>
    public int? Page { get; init; }
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];
    public string? Summary { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public Consultation? Consultation { get; init; }
    public Proposal? Proposal { get; init; }
    public bool Draft { get; init; }
    public string? Slug { get; init; }
    public IReadOnlyList<Reference> Aliases { get; init; } = [];
    /// <summary>Front-matter keys the generator does not know, passed to templates.</summary>
    public IReadOnlyDictionary<string, object?> Extra { get; init; } = NoExtra;
    /// <summary>Where each top-level front-matter key's value sits, so later stages (the lints) can point at it.</summary>
    public IReadOnlyDictionary<string, SourcePosition> KeyAt { get; init; } = NoKeys;
    // —— citizen pages (issue 23) ——
    public Decision? Decision { get; init; }
    public Meeting? Meeting { get; init; }

    public required string Body { get; init; }
    public int BodyLine { get; init; }
    /// <summary>Folder of the source file under content/ ("" at the top).</summary>
    public string Folder => Id.Contains('/') ? Id[..Id.LastIndexOf('/')] : "";
    /// <summary>The position of a front-matter key's value, or the start of the file when the key is absent.</summary>
    public SourcePosition PositionOf(string key) => KeyAt.TryGetValue(key, out var at) ? at : SourcePosition.FileStart(SourcePath);
    public bool IsInForce => Validity is "有效" or "部分失效";

    // —— 政策文件库 (issue 23) ——
    /// <summary>Every 主题分类 of the document: `topic` first, then `topics`, as `一级/二级`, without repeats.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
    /// <summary>文种: `doc_type`, else the kind the title ends with (<see cref="DocTypes"/>), else null.</summary>
    public string? DocType { get; init; }

    // Shared by every document without them (most have no unknown keys): read-only, so a template
    // that assigns to `doc.extra` gets an error instead of changing every other document's.
    private static readonly IReadOnlyDictionary<string, object?> NoExtra = System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>.Empty;
    private static readonly IReadOnlyDictionary<string, SourcePosition> NoKeys = System.Collections.ObjectModel.ReadOnlyDictionary<string, SourcePosition>.Empty;
}
