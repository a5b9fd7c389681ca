using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Reports;
using SiteGen.Text;

namespace SiteGen.Validation;

/// <summary>
/// Turns a document's front matter into a typed <see cref="Document"/>, reporting every missing,
/// malformed or unknown value with its position. Cross-document checks (references, duplicate
/// URLs) happen later, in <see cref="SiteModelBuilder"/>, once every document is known.
/// </summary>
internal sealed class DocumentReader(SiteConfig site, ColumnIndex columns, DiagnosticBag diagnostics)
{
    public static readonly string[] Disclosures = FrontMatterKeys.Disclosures;
    public static readonly string[] Validities = FrontMatterKeys.Validities;
    public static readonly string[] ProposalKinds = FrontMatterKeys.ProposalKinds;

    /// <summary>Every key of the content model (<see cref="FrontMatterKeys"/>); anything else is warned about and passed to templates.</summary>
    public static readonly string[] KnownKeys = FrontMatterKeys.Names(FrontMatterKeys.Document);

    private readonly HashSet<string> _topics = site.Topics.ToHashSet(StringComparer.Ordinal);

    /// <summary>The document, with what its front matter says of the annual report it is (null for most documents), or null when a required key is missing or wrong.</summary>
    public (Document Document, ReportFrontMatter? Report)? Read(ParsedSource file)
    {
        var r = new FieldReader(file.FrontMatter, file.Path, SourceFile.FrontMatterLineOffset, diagnostics, SourcePosition.FileStart(file.Path));
        var title = r.String("title", required: true, "标题");
        var column = ReadColumn(r);
        var disclosure = r.Enum("disclosure", Disclosures, required: true, "公开属性");
        var reason = r.String("disclosure_reason");
        if (disclosure is "依申请公开" or "不予公开" && reason is null)
            diagnostics.Error(r.PositionOf("disclosure"), DiagnosticCodes.MissingKey,
                $"公开属性为“{disclosure}”的文件必须写明不主动公开的理由（disclosure_reason）。",
                "加上 `disclosure_reason: 《中华人民共和国政府信息公开条例》第十四条` 这样的法律依据。");
        var date = r.Date("date", required: true, "发布日期");
        var docNumberTyped = r.String("doc_number");
        var docNumber = docNumberTyped is null ? null : DocNumber.Normalise(docNumberTyped);
        var topic = ReadTopic(r);
        var validity = r.Enum("validity", Validities) ?? "有效";
        var validityDate = r.Date("validity_date");
        var (meeting, meetingFiles) = CitizenFields.Meeting(r);
        var document = new Document
        {
            Id = file.Id,
            SourcePath = file.Path,
            Title = title ?? "",
            ColumnId = column?.Id ?? "",
            Disclosure = disclosure ?? "",
            DisclosureReason = reason,
            Date = date ?? default,
            HasTime = r.String("date") is { Length: > 10 },
            Written = r.Date("written"),
            DocNumber = docNumber,
            DocNumberAsTyped = docNumber != docNumberTyped ? docNumberTyped : null,
            Organ = r.String("organ") ?? site.Organ,
            Topic = topic,
            IndexNo = r.String("index_no"),
            Validity = validity,
            ValidityDate = validityDate,
            ReplacedBy = Ref(r, "replaced_by"),
            Interprets = r.StringList("interprets").Select(x => new Reference(x.Value, x.At)).ToList(),
            InterpretationForm = r.String("interpretation_form"),
            Bulletin = ReadBulletinKey(r),
            Section = r.String("section"),
            Order = r.Integer("order"),
            OrderAt = r.PositionOf("order"),
            Page = BulletinFields.Page(r),
            Attachments = meetingFiles.Count == 0 ? ReadAttachments(r) : ReadAttachments(r).Concat(meetingFiles).ToList(),
            Summary = r.String("summary"),
            Keywords = r.StringList("keywords").Select(k => k.Value).ToList(),
            Consultation = ReadConsultation(r),
            Proposal = ReadProposal(r),
            Decision = CitizenFields.Decision(r),
            Meeting = meeting,
            Draft = r.Bool("draft"),
            Slug = ReadSlug(r),
            Aliases = r.StringList("aliases").Select(x => new Reference(x.Value, x.At)).ToList(),
            KeyAt = KeyPositions(r),
            Body = file.Body,
            BodyLine = file.BodyLine,
            Topics = ReadTopics(r, topic),
            DocType = ReadDocType(r, title),
        };
        var report = ReportFrontMatter.Read(r);
        SortedDictionary<string, object?>? extra = null;
        foreach (var (key, _, value) in r.UnknownKeys()) (extra ??= new(StringComparer.Ordinal))[key] = YamlValues.ToPlain(value);
        r.WarnUnknownKeys(KnownKeys, "文档属性");
        if (document.Draft) diagnostics.MarkDraft(file.Path);
        if (title is null || column is null || disclosure is null || date is null) return null;
        return (extra is null ? document : document with { Extra = new System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>(extra) }, report);
    }

    private static Dictionary<string, SourcePosition> KeyPositions(FieldReader r)
    {
        var result = new Dictionary<string, SourcePosition>(r.Node.Children.Count, StringComparer.Ordinal);
        foreach (var (k, v) in r.Node.Children)
            if (k is YamlDotNet.RepresentationModel.YamlScalarNode { Value: { } key })
                result.TryAdd(key, r.At(v is YamlDotNet.RepresentationModel.YamlScalarNode ? v : k));
        return result;
    }

    private Column? ReadColumn(FieldReader r)
    {
        var value = r.String("category", required: true, "栏目");
        if (value is null) return null;
        var column = columns.Find(value);
        if (column is null)
        {
            var near = Suggestions.Nearest(value, columns.All.Select(c => c.Name));
            var hint = near.Count > 0
                ? $"是不是“{string.Join("”“", near)}”？栏目名称或标识须与 site.yml 的 columns 一致。"
                : $"可用的栏目：{string.Join("、", columns.All.Select(c => $"{c.Name}（{c.Id}）"))}。";
            diagnostics.Error(r.PositionOf("category"), DiagnosticCodes.UnknownColumn, $"栏目“{value}”不存在。", hint);
        }
        return column;
    }

    private string? ReadTopic(FieldReader r)
    {
        var value = r.String("topic");
        return value is null ? null : CheckTopic(value, r.PositionOf("topic"));
    }

    private string CheckTopic(string value, SourcePosition at)
    {
        var normalised = value.Replace('\\', '/').Replace('／', '/');
        if (_topics.Count > 0 && !_topics.Contains(normalised))
        {
            var near = Suggestions.Nearest(normalised, _topics);
            diagnostics.Error(at, DiagnosticCodes.UnknownTopic, $"主题分类“{value}”不在 site.yml 的 topics 中。",
                near.Count > 0 ? $"是不是“{string.Join("”“", near)}”？" : "主题分类写成“一级/二级”，如“综合政务/政务公开”，并在 site.yml 的 topics 中登记。");
        }
        return normalised;
    }

    // 政策文件库 (issue 23): `topics` adds to `topic`; each entry is checked as `topic` is.
    private IReadOnlyList<string> ReadTopics(FieldReader r, string? topic)
    {
        var more = r.StringList("topics");
        if (more.Count == 0) return topic is null ? [] : [topic];
        var all = new List<string>();
        if (topic is not null) all.Add(topic);
        foreach (var (value, at) in more)
        {
            var t = CheckTopic(value, at);
            if (!all.Contains(t)) all.Add(t);
        }
        return all;
    }

    private static string? ReadDocType(FieldReader r, string? title)
    {
        var set = r.String("doc_type");
        if (set is not null) return set.Trim();
        return title is null ? null : DocTypes.FromTitle(title);
    }

    private static Reference? Ref(FieldReader r, string key) =>
        r.String(key) is { } value ? new Reference(value, r.PositionOf(key)) : null;

    private static Reference? ReadBulletinKey(FieldReader r)
    {
        var value = r.String("bulletin");
        if (value is null) return null;
        var parts = value.Split('-');
        if (parts.Length == 2 && parts[0].Length == 4 && int.TryParse(parts[0], out var y) && int.TryParse(parts[1], out var n) && n > 0)
            return new Reference($"{y:D4}-{n:D2}", r.PositionOf("bulletin"));
        r.Diagnostics.Error(r.PositionOf("bulletin"), DiagnosticCodes.BadValue, $"公报期次“{value}”格式不对。", "写成 `bulletin: 2025-03`（年份-期号）。");
        return null;
    }

    private static string? ReadSlug(FieldReader r)
    {
        var slug = r.String("slug");
        if (slug is null || UrlSegment.IsValid(slug)) return slug;
        r.Diagnostics.Error(r.PositionOf("slug"), DiagnosticCodes.BadValue, $"网址别名 slug“{slug}”只能包含小写字母、数字和 - _。", "例如 `slug: zhengce-2025-16`。");
        return null;
    }

    private IReadOnlyList<Attachment> ReadAttachments(FieldReader r)
    {
        var list = new List<Attachment>();
        foreach (var a in r.MapList("attachments"))
        {
            var file = a.String("file", required: true, "附件文件");
            var title = a.String("title") ?? (file is null ? null : Path.GetFileNameWithoutExtension(file));
            a.WarnUnknownKeys(FrontMatterKeys.ChildNames("attachments"), "附件");
            if (file is not null) list.Add(new Attachment(file, title!, a.PositionOf("file")));
        }
        return list;
    }

    private static Consultation? ReadConsultation(FieldReader r)
    {
        var c = r.Map("consultation");
        if (c is null) return null;
        var start = c.Date("start", required: true, "征集开始日期");
        var end = c.Date("end", required: true, "征集截止日期");
        var channel = c.String("channel", required: true, "反馈方式");
        var result = Ref(c, "result");
        var reason = c.String("short_reason");
        c.WarnUnknownKeys(FrontMatterKeys.ChildNames("consultation"), "consultation ");
        if (start is null || end is null) return null;
        if (end < start)
            c.Diagnostics.Error(c.PositionOf("end"), DiagnosticCodes.BadDate, $"征集截止日期 {Dates.Iso(end.Value)} 早于开始日期 {Dates.Iso(start.Value)}。");
        return new Consultation(start.Value, end.Value, channel ?? "", result, reason);
    }

    private static Proposal? ReadProposal(FieldReader r)
    {
        var p = r.Map("proposal");
        if (p is null) return null;
        var kind = p.Enum("kind", ProposalKinds, required: true, "类别") ?? "";
        var proposal = CitizenFields.WithReplyDetails(new Proposal(kind, p.String("number") ?? "", p.Date("received"), p.Date("replied"), p.String("department") ?? ""), p);
        p.WarnUnknownKeys(FrontMatterKeys.ChildNames("proposal"), "proposal ");
        return proposal;
    }
}
