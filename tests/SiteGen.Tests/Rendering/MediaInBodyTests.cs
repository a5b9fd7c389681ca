using AngleSharp.Dom;
using SiteGen.Tests.Infrastructure;
using SiteGen.Tests.Theme;

namespace SiteGen.Tests.Citizen;

/// <summary>`<video>`/`<audio>` with `<track>` captions in bodies: kept with the site's own files, never a third-party source or script.</summary>
public sealed class MediaInBodyTests
{
    private static (IElement Body, SiteGen.Build.BuildResult Result) Build(string html)
    {
        using var site = new TestSite();
        site.AddBytes("xxgk/zcjd/jd.mp4", [0, 0, 0, 24, 0x66, 0x74, 0x79, 0x70]);
        site.AddBytes("xxgk/zcjd/jd.mp3", [0x49, 0x44, 0x33]);
        site.Add("xxgk/zcjd/jd.vtt", "WEBVTT\n\n00:00.000 --> 00:01.000\n字幕\n");
        site.Doc("xxgk/zcjd/a.md", "category: 政策解读", html);
        var result = site.Build();
        result.NoErrors();
        return (Html.Parse(site.Read("xxgk/zcjd/a.html")).QuerySelector("article .body")!, result);
    }

    [Fact]
    public void VideoAndAudio_WithCaptions_AreKept()
    {
        var (body, _) = Build("""
            <video controls src="jd.mp4"><track kind="captions" srclang="zh-CN" label="中文字幕" src="jd.vtt" default></video>

            <audio controls><source src="jd.mp3" type="audio/mpeg"></audio>
            """);
        var video = body.QuerySelector("video")!;
        Assert.True(video.HasAttribute("controls"));
        Assert.Equal("jd.mp4", video.GetAttribute("src"));
        var track = video.QuerySelector("track")!;
        Assert.Equal(("captions", "zh-CN", "中文字幕", "jd.vtt"), (track.GetAttribute("kind"), track.GetAttribute("srclang"), track.GetAttribute("label"), track.GetAttribute("src")));
        Assert.True(track.HasAttribute("default"));
        Assert.Equal("jd.mp3", body.QuerySelector("audio source")!.GetAttribute("src"));
    }

    [Fact]
    public void ScriptAndEventHandlers_InsideMedia_AreRemoved()
    {
        var (body, result) = Build("""
            <video controls src="jd.mp4" onplay="alert(1)" onerror="alert(2)"><track kind="captions" srclang="zh" label="字幕" src="jd.vtt" onload="alert(3)"><script>alert(4)</script></video>
            """);
        Assert.Contains("<video", body.InnerHtml);
        foreach (var e in body.QuerySelectorAll("*"))
            Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Null(body.QuerySelector("script"));
        Assert.DoesNotContain("alert", body.InnerHtml);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("onplay", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<video controls src=\"https://video.example.com/a.mp4\"></video>")]
    [InlineData("<video controls src=\"//cdn.example.com/a.mp4\"></video>")]
    [InlineData("<audio controls><source src=\"http://fm.example.com/a.mp3\"></audio>")]
    [InlineData("<video controls src=\"jd.mp4\"><track kind=\"captions\" src=\"https://subs.example.com/a.vtt\"></video>")]
    public void ThirdPartySources_AreRemoved(string html)
    {
        var (body, result) = Build(html);
        Assert.DoesNotContain("example.com", body.InnerHtml);
        Assert.Contains(result.Diagnostics, d => d.Code == "html-removed" || d.Message.Contains("example.com", StringComparison.Ordinal));
    }
}
