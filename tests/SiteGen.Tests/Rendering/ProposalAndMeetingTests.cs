using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;
using SiteGen.Tests.Theme;

namespace SiteGen.Tests.Citizen;

/// <summary>建议提案: 届次, 答复类别, 协办单位 and the yearly summary; 会议公开: 列席, 材料, video with captions.</summary>
public sealed class ProposalAndMeetingTests
{
    private static void Reply(TestSite site, string name, string kind, string received, string replied, string extra = "") =>
        site.Doc($"xxgk/jyta/{name}.md", $"category: 建议提案办理\ntitle: 对第{name}号的答复\ndate: {replied}\nproposal:\n  kind: {kind}\n  number: 第{name}号\n  received: {received}\n  replied: {replied}\n  department: 某局\n{extra}");

    [Fact]
    public void Reply_ShowsSessionClassAndCoDepartments()
    {
        using var site = new TestSite();
        Reply(site, "8", "人大代表建议", "2025-02-01", "2025-04-20", "  session: 十八届人大五次会议\n  reply_class: A\n  co_departments: [财政局, 农业农村局]");
        site.Build().NoErrors();
        var dl = Html.Parse(site.Read("xxgk/jyta/8.html")).QuerySelector(".proposal dl")!;
        var pairs = dl.QuerySelectorAll("dt").ToDictionary(dt => dt.Text(), dt => dt.NextElementSibling.Text());
        Assert.Equal("十八届人大五次会议", pairs["届次"]);
        Assert.Equal("A类", pairs["答复类别"]);
        Assert.Equal("财政局、农业农村局", pairs["协办单位"]);
    }

    [Fact]
    public void BadReplyClass_IsAnErrorAtItsLine()
    {
        using var site = new TestSite();
        Reply(site, "8", "人大代表建议", "2025-02-01", "2025-04-20", "  reply_class: D");
        var d = site.Build().Diagnostics.Single(x => x.Code == "bad-value");
        Assert.Equal((Severity.Error, "content/xxgk/jyta/8.md", 12, 16), (d.Severity, d.Path, d.Line, d.Column));
    }

    [Fact]
    public void YearlySummary_CountsKindsOnTimeAndClasses()
    {
        using var site = new TestSite();
        Reply(site, "1", "人大代表建议", "2025-02-01", "2025-04-20", "  reply_class: A");        // on time
        Reply(site, "2", "人大代表建议", "2025-02-01", "2025-05-01", "  reply_class: A");        // the last day of three months
        Reply(site, "3", "人大代表建议", "2025-02-01", "2025-05-02", "  reply_class: B");        // one day late
        Reply(site, "4", "政协提案", "2025-03-01", "2025-05-20", "  reply_class: C");
        Reply(site, "5", "政协提案", "2024-12-20", "2025-02-10");                              // received the year before
        site.Build().NoErrors();
        var page = Html.Parse(site.Read("xxgk/fdzdgk/jyta/summary-2025.html"));
        var rows = page.QuerySelectorAll("table.proposal-summary tbody tr")
            .ToDictionary(r => r.QuerySelector("th").Text(), r => r.QuerySelectorAll("td").Select(td => int.Parse(td.Text())).ToArray());
        //                      件数 已答复 按期 超期 A  B  C  未注明
        Assert.Equal(new[] { 3, 3, 2, 1, 2, 1, 0, 0 }, rows["人大代表建议"]);
        Assert.Equal(new[] { 1, 1, 1, 0, 0, 0, 1, 0 }, rows["政协提案"]);
        Assert.Equal("4", page.QuerySelector("table.proposal-summary tfoot td").Text());
        Assert.True(site.Exists("xxgk/fdzdgk/jyta/summary-2024.html"));
        var links = Html.Parse(site.Read("xxgk/fdzdgk/jyta/index.html")).QuerySelectorAll(".column-services a").Select(a => a.Text()).ToList();
        Assert.Equal(["2025年建议提案办理情况", "2024年建议提案办理情况"], links);
    }

    [Fact]
    public void AnnualReportDraft_CarriesTheYearsCounts()
    {
        using var copy = new Reports.SampleCopy();
        var (code, _, err) = SiteGen.Tests.Infrastructure.Cli.Run("report", "2026", "--source", copy.Root, "--as-of", Reports.SampleCopy.AsOf);
        Assert.True(code == 0, err);
        var draft = File.ReadAllText(Path.Combine(copy.Root, "content/xxgk/nb/2026.md"));
        var six = draft[draft.IndexOf("## 六、", StringComparison.Ordinal)..];
        // The sample's 2026 replies: 第8号 建议 on time, 第21号 提案 six days late.
        Assert.Contains("2026年共公开人大代表建议1件（按期答复1件）、政协提案1件（按期答复0件）的办理复文。", six);
    }

    private static TestSite Meeting(string meeting)
    {
        var site = new TestSite();
        site.AddBytes("xxgk/hygk/cl.pdf", "%PDF-1.4 材料"u8.ToArray());
        site.AddBytes("xxgk/hygk/hy.mp4", [0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70]);
        site.Add("xxgk/hygk/zm.vtt", "WEBVTT\n\n00:00.000 --> 00:02.000\n会议开始\n");
        site.Doc("xxgk/hygk/m.md", $"category: 会议公开\ntitle: 第1次常务会议\nmeeting:\n{meeting}");
        return site;
    }

    [Fact]
    public void Meeting_ShowsAttendeesMaterialsAndCaptionedVideo()
    {
        using var site = Meeting("  attendees: [区人大代表1名, 居民代表2名]\n  materials:\n    - {file: cl.pdf, title: 会议材料一}\n  video: hy.mp4\n  captions: zm.vtt");
        site.Build().NoErrors();
        var section = Html.Parse(site.Read("xxgk/hygk/m.html")).QuerySelector(".meeting")!;
        Assert.Contains("列席：区人大代表1名、居民代表2名", section.Text());
        Assert.Equal("xxgk/hygk/cl.pdf", Html.Target("xxgk/hygk/m.html", section.QuerySelector(".meeting-materials a")));
        var video = section.QuerySelector("video")!;
        Assert.Equal("xxgk/hygk/hy.mp4", Html.Target("xxgk/hygk/m.html", video.GetAttribute("src")!));
        var track = video.QuerySelector("track")!;
        Assert.Equal(("captions", "zh-CN", "中文字幕"), (track.GetAttribute("kind"), track.GetAttribute("srclang"), track.GetAttribute("label")));
        Assert.Equal("xxgk/hygk/zm.vtt", Html.Target("xxgk/hygk/m.html", track.GetAttribute("src")!));
        foreach (var f in new[] { "xxgk/hygk/cl.pdf", "xxgk/hygk/hy.mp4", "xxgk/hygk/zm.vtt" }) Assert.True(site.Exists(f), f);
        // Meeting files are not listed again as 附件.
        Assert.Null(Html.Parse(site.Read("xxgk/hygk/m.html")).QuerySelector(".attachments"));
    }

    [Theory]
    [InlineData("  captions: zm.vtt", "captions", true)]
    [InlineData("  video: hy.avi", "video", true)]
    [InlineData("  video: hy.mp4", "video", false)]        // no captions: a warning
    [InlineData("  materials:\n    - {file: nope.pdf}", "materials", true)]
    public void Meeting_BadFields_AreReportedAtTheirLine(string meeting, string key, bool error)
    {
        var severity = error ? Severity.Error : Severity.Warning;
        using var site = Meeting(meeting);
        var result = site.Build();
        var found = result.Diagnostics.Where(d => d.Path == "content/xxgk/hygk/m.md" && d.Severity == severity && d.Line >= 7).ToList();
        Assert.True(found.Count == 1, $"{key}: " + string.Join("\n", result.Diagnostics));
    }
}
