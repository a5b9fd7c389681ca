using System.Collections.Concurrent;
using SiteGen.Model;
using SiteGen.Text;

namespace SiteGen.Rendering.Views;

/// <summary>Makes (once per document, shared by every page that lists it) the <see cref="DocView"/> of published documents.</summary>
internal sealed class DocViewFactory(SiteModel site, string contentDir)
{
    private readonly ConcurrentDictionary<string, DocView> _cache = new(StringComparer.Ordinal);
    private CitizenViews? _citizen;
    private CitizenViews Citizen => _citizen ??= new CitizenViews(site, Link, Consultation);

    public DocView this[Document d] => _cache.GetOrAdd(d.Id, _ => Create(d));

    public LinkView Link(Document d) => LinkView.To(d.Title, site.PagePath[d.Id]);


    /// <summary>Scriban's `if` holds "" true: optional texts reach templates as null when empty.</summary>
    public static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private DocView Create(Document d)
    {
        var column = site.Columns[d.ColumnId];
        var files = d.Attachments.Select(a => (Source: a, View: Attachment(d, a))).Where(x => x.View is not null).Select(x => (x.Source, View: x.View!)).ToList();
        return new DocView
        {
            Id = d.Id,
            Title = d.Title,
            Url = RelativeUrl.Escape(site.PagePath[d.Id]),
            Date = Dates.Iso(d.Date),
            DateTime = d.HasTime ? Dates.IsoMinute(d.Date) : Dates.Iso(d.Date),
            Year = d.Date.Year,
            Written = d.Written is { } w ? Dates.Iso(w) : null,
            DocNumber = d.DocNumber,
            Organ = d.Organ,
            Topic = d.Topic?.Replace('/', '\\'),
            IndexNo = d.IndexNo,
            Validity = d.Validity,
            ValidityDate = d.ValidityDate is { } vd ? Dates.Iso(vd) : null,
            ValidityNotice = ValidityNotice(d),
            ReplacedBy = Published(d.ReplacedBy),
            RepealedList = d.IsInForce || column.Id == site.Config.Bulletin.Path ? null : LinkView.To($"{column.Name}废止和失效文件", $"{column.Dir}/repealed.html"),
            Interprets = d.Interprets.Select(Published).OfType<LinkView>().ToList(),
            Interpretations = site.InterpretationsOf.GetValueOrDefault(d.Id, [])
                .Select(i => new InterpretationView(i.Title, RelativeUrl.Escape(site.PagePath[i.Id]), i.InterpretationForm ?? "文字解读", Dates.Iso(i.Date))).ToList(),
            InterpretationForm = d.InterpretationForm,
            Issues = site.IssuesOf.GetValueOrDefault(d.Id, []).Select(i => LinkView.To(i.Issue.Title, BulletinPaths.Issue(site, i.Issue))).ToList(),
            Attachments = files.Where(f => f.Source.Role.Length == 0).Select(f => f.View).ToList(),
            Summary = d.Summary,
            Keywords = d.Keywords,
            Consultation = Consultation(d.Consultation),
            Proposal = d.Proposal is { } p ? new ProposalView(p.Kind, p.Number, p.Received is { } r ? Dates.Iso(r) : "", p.Replied is { } rp ? Dates.Iso(rp) : "", p.Department)
                { Session = NullIfEmpty(p.Session), ReplyClass = NullIfEmpty(p.ReplyClass), CoDepartments = p.CoDepartments } : null,
            ReportYear = site.Reports.Of(d)?.Year,
            Section = d.Section,
            Column = LinkView.To(column.Name, column.Url),
            ColumnId = column.Id,
            Extra = d.Extra,
            Disclosure = d.Disclosure,
            InForce = d.IsInForce,
            IsPolicy = site.IsPolicy(d),
            DocType = d.DocType,
            Topics = d.Topics.Select(t => t.Replace('/', '\\')).ToList(),
            RepealedPolicies = RepealedPolicies(d),
            Decision = Citizen.Decision(d),
            DecisionRecord = Citizen.RecordOf(d),
            Meeting = CitizenViews.Meeting(d, files),
            GeneratedPdf = GeneratedPdf(d, files.Count(f => f.Source.Role.Length == 0)),
            Page = d.Page,
        };
    }

    /// <summary>
    /// The other documents a view shows something of (title, page, validity, dates…), for `serve
    /// --watch`: what replaces it, the policies it interprets and what replaces those, its
    /// consultation's result, its interpretations, the steps of the decision it records and the
    /// record it belongs to (<paramref name="records"/>: <see cref="DecisionTimeline.RecordsByParticipant"/>).
    /// <see cref="Create"/> may show no other document's field without it being listed here; the
    /// page kinds' declaration tests (tests/…/Watch) catch a miss.
    /// </summary>
    public static IEnumerable<Document> Inputs(SiteModel site, Document d, IReadOnlyDictionary<string, Document> records)
    {
        foreach (var r in d.Interprets)
            if (site.Published(r.DocumentId) is { } policy)
            {
                yield return policy;
                if (Target(site, policy.ReplacedBy) is { } replacement) yield return replacement;
            }
        if (Target(site, d.ReplacedBy) is { } replacedBy) yield return replacedBy;
        if (Target(site, d.Consultation?.Result) is { } result) yield return result;
        foreach (var i in site.InterpretationsOf.GetValueOrDefault(d.Id, [])) yield return i;
        foreach (var step in DecisionTimeline.Of(site, d))
            if (step.Document is { } x) yield return x;
        if (records.TryGetValue(d.Id, out var record)) yield return record;
    }

    private static Document? Target(SiteModel site, Reference? r) => r is null ? null : site.Published(r.DocumentId);

    /// <summary>A policy with no file of its own gets a PDF made from its page (written by <see cref="Pages.DocumentPages"/>).</summary>
    private AttachmentView? GeneratedPdf(Document d, int files) =>
        files == 0 && site.IsPolicy(d)
            ? new AttachmentView("全文", RelativeUrl.Escape(Pdf.PolicyPdf.PathFor(site.PagePath[d.Id])), "PDF", "") { Generated = true }
            : null;

    /// <summary>The interpreted policies no longer in force, each with its notice and replacement (only published ones are linked).</summary>
    private IReadOnlyList<RepealedPolicyView> RepealedPolicies(Document d)
    {
        if (d.Interprets.Count == 0) return [];
        var list = new List<RepealedPolicyView>();
        foreach (var r in d.Interprets)
        {
            if (site.Published(r.DocumentId) is not { IsInForce: false } policy) continue;
            list.Add(new RepealedPolicyView($"所解读的文件{ValidityNotice(policy)!.Replace("本文件", "")}", Link(policy), Published(policy.ReplacedBy)));
        }
        return list;
    }

    // “已修订” already carries 已: the notice says 本文件已于 … 修订, not 已于 … 已修订.
    private static string? ValidityNotice(Document d) => d.Validity switch
    {
        "有效" => null,
        "尚未生效" => "本文件尚未生效。",
        _ when d.ValidityDate is { } date => $"本文件已于 {Dates.Iso(date)} {d.Validity.TrimStart('已')}。",
        _ => $"本文件已{d.Validity.TrimStart('已')}。",
    };

    private LinkView? Published(Reference? r)
    {
        if (r is null) return null;
        return site.Published(r.DocumentId) is { } target ? Link(target) : null;
    }

    private AttachmentView? Attachment(Document d, Attachment a)
    {
        var resolved = AssetPolicy.Resolve(d.Folder, a.File);
        if (resolved is null) return null;
        var file = new FileInfo(Path.Combine(contentDir, resolved));
        return new AttachmentView(a.Title, RelativeUrl.Escape(resolved), a.Extension.ToUpperInvariant(), file.Exists ? FileSize.Format(file.Length) : "");
    }

    public ConsultationView? Consultation(Consultation? c)
    {
        if (c is null) return null;
        var today = site.AsOf.ToDateTime(TimeOnly.MinValue);
        var (status, key) = today < c.Start.Date ? ("未开始", "pending") : today > c.End.Date ? ("已结束", "ended") : ("征集中", "open");
        return new ConsultationView(Dates.Iso(c.Start), Dates.Iso(c.End), c.Channel, status, key, Published(c.Result), (c.End.Date - c.Start.Date).Days + 1, c.ShortReason);
    }
}
