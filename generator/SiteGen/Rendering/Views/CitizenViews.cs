using SiteGen.Model;

namespace SiteGen.Rendering.Views;

/// <summary>A step of a decision's timeline as shown: the linked document only when published; its consultation status when it is the 征集.</summary>
internal sealed record TimelineStepView(string Label, LinkView? Link, string? Date, string? Note, ConsultationView? Consultation, bool Done);

/// <summary>重大行政决策事项 as shown on its page (the timeline) and in the 年度目录.</summary>
internal sealed record DecisionView(int Year, string? Department, string? Planned, string Stage, IReadOnlyList<TimelineStepView> Steps);

/// <summary>会议公开: 列席, 会议材料 and the video with its captions.</summary>
internal sealed record MeetingView(IReadOnlyList<string> Attendees, IReadOnlyList<AttachmentView> Materials, AttachmentView? Video, AttachmentView? Captions);

/// <summary>Makes the citizen pages' parts of a <see cref="DocView"/> (kept apart from <see cref="DocViewFactory"/>'s long Create).</summary>
internal sealed class CitizenViews(SiteModel site, Func<Document, LinkView> link, Func<Consultation?, ConsultationView?> consultation)
{
    private readonly Lazy<Dictionary<string, Document>> _records = new(() => DecisionTimeline.RecordsByParticipant(site));

    public DecisionView? Decision(Document d)
    {
        if (d.Decision is not { } decision) return null;
        var steps = DecisionTimeline.Of(site, d);
        return new DecisionView(decision.Year, DocViewFactory.NullIfEmpty(decision.Department), DocViewFactory.NullIfEmpty(decision.Planned), DecisionTimeline.Stage(steps),
            steps.Select(s => new TimelineStepView(s.Label, s.Document is { } x ? link(x) : null, DocViewFactory.NullIfEmpty(s.Date), DocViewFactory.NullIfEmpty(s.Note),
                s.Label == "公开征求意见" ? consultation(s.Document?.Consultation) : null, s.Done)).ToList());
    }

    /// <summary>The decision record a consultation, its feedback or the adopted document belongs to.</summary>
    public LinkView? RecordOf(Document d) => _records.Value.TryGetValue(d.Id, out var record) ? link(record) : null;

    public static MeetingView? Meeting(Document d, IReadOnlyList<(Attachment Source, AttachmentView View)> files)
    {
        if (d.Meeting is not { } m) return null;
        AttachmentView? Role(string role) => files.FirstOrDefault(f => f.Source.Role == role).View;
        return new MeetingView(m.Attendees, files.Where(f => f.Source.Role == MeetingFiles.Material).Select(f => f.View).ToList(), Role(MeetingFiles.Video), Role(MeetingFiles.Captions));
    }
}
