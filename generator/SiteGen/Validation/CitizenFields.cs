using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Text;

namespace SiteGen.Validation;

/// <summary>
/// Reads the front-matter blocks of the citizen pages (issue 23): `decision:` (重大行政决策事项),
/// `meeting:` (会议公开) and the 建议提案 reply's 届次, 答复类别 and 协办单位. References between
/// documents are checked later, once every document is known (<see cref="SiteModelBuilder"/>).
/// </summary>
internal static class CitizenFields
{
    public static Decision? Decision(FieldReader r)
    {
        var d = r.Map("decision");
        if (d is null) return null;
        var year = d.Integer("year", required: true, "目录年度");
        if (year is < 1990 or > 2100)
            d.Diagnostics.Error(d.PositionOf("year"), DiagnosticCodes.BadValue, $"重大行政决策事项目录年度 {year} 不对（year out of range）。", "写四位年份，如 `year: 2026`。");
        var decision = new Decision(year ?? 0, d.String("department") ?? "", d.String("planned") ?? "",
            Ref(d, "consultation"), Ref(d, "feedback"), Ref(d, "adopted"));
        d.WarnUnknownKeys(FrontMatterKeys.ChildNames("decision"), "decision ");
        return year is null ? null : decision;
    }

    /// <summary>The meeting block; its files are returned as attachments with a role, so they are checked, copied and withdrawn like any attachment.</summary>
    public static (Meeting? Meeting, IReadOnlyList<Attachment> Files) Meeting(FieldReader r)
    {
        var m = r.Map("meeting");
        if (m is null) return (null, []);
        var files = new List<Attachment>();
        var materialKeys = FrontMatterKeys.Document.Single(k => k.Key == "meeting").Children.Single(k => k.Key == "materials").Children.Select(k => k.Key).ToArray();
        foreach (var a in m.MapList("materials"))
        {
            var file = a.String("file", required: true, "材料文件");
            var title = a.String("title");
            a.WarnUnknownKeys(materialKeys, "会议材料");
            if (file is not null)
                files.Add(new Attachment(file, title ?? Path.GetFileNameWithoutExtension(file), a.PositionOf("file")) { Role = MeetingFiles.Material });
        }
        var video = m.String("video");
        var captions = m.String("captions");
        if (video is not null)
        {
            if (!VideoTypes.Contains(Path.GetExtension(video).ToLowerInvariant()))
                m.Diagnostics.Error(m.PositionOf("video"), DiagnosticCodes.BadValue, $"会议视频“{video}”不是浏览器能直接播放的格式（unsupported video type）。", "使用 .mp4 或 .webm 文件。");
            else
                files.Add(new Attachment(video, "会议视频", m.PositionOf("video")) { Role = MeetingFiles.Video });
        }
        if (captions is not null)
        {
            if (video is null)
                m.Diagnostics.Error(m.PositionOf("captions"), DiagnosticCodes.BadValue, "写了视频字幕（captions）却没有会议视频（captions without video）。", "加上 `video: 文件名.mp4`，或删去 captions。");
            else if (!captions.EndsWith(".vtt", StringComparison.OrdinalIgnoreCase))
                m.Diagnostics.Error(m.PositionOf("captions"), DiagnosticCodes.BadValue, $"视频字幕“{captions}”应是 WebVTT 文件（captions must be .vtt）。", "把字幕存为 .vtt 格式。");
            else
                files.Add(new Attachment(captions, "中文字幕", m.PositionOf("captions")) { Role = MeetingFiles.Captions });
        }
        else if (files.Any(f => f.Role == MeetingFiles.Video))
            m.Diagnostics.Warning(m.PositionOf("video"), DiagnosticCodes.MissingCaptions, "会议视频没有字幕（video without captions）：听障读者无法获取内容。", "提供 WebVTT 字幕文件，写成 `captions: 文件名.vtt`。");
        var meeting = new Meeting(m.StringList("attendees").Select(x => x.Value).ToList());
        m.WarnUnknownKeys(FrontMatterKeys.ChildNames("meeting"), "meeting ");
        return (meeting, files);
    }

    private static readonly string[] VideoTypes = [".mp4", ".webm"];

    /// <summary>届次, 答复类别 and 协办单位 of a 建议提案 reply, added to what <see cref="DocumentReader"/> read.</summary>
    public static Proposal WithReplyDetails(Proposal proposal, FieldReader p) => proposal with
    {
        Session = p.String("session") ?? "",
        ReplyClass = p.Enum("reply_class", FrontMatterKeys.ReplyClasses) ?? "",
        CoDepartments = p.StringList("co_departments").Select(x => x.Value).ToList(),
    };

    private static Reference? Ref(FieldReader r, string key) =>
        r.String(key) is { } value ? new Reference(value, r.PositionOf(key)) : null;
}
