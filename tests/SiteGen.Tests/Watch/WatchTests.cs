using SiteGen.Watch;
using System.Text.Json;
using SiteGen.Build;
using SiteGen.Tests.Editors.Lint;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Editors;

public sealed class WatchTests
{
    [Fact]
    public async Task SourceWatcher_BatchesASavedFile_AndIgnoresEditorTempFiles()
    {
        using var site = LintSite.Create();
        site.Doc("a.md");
        using var watcher = new SourceWatcher(site.Root, null);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        File.WriteAllText(Path.Combine(site.Root, "content", ".a.md.swp"), "x");
        File.WriteAllText(Path.Combine(site.Root, "content", "a.md~"), "x");
        File.AppendAllText(Path.Combine(site.Root, "content", "a.md"), "\n新的一段。\n");
        var batch = await watcher.NextAsync(timeout.Token);
        Assert.Equal(["content/a.md"], batch);
        File.AppendAllText(Path.Combine(site.Root, "site.yml"), "\n");
        Assert.Equal(["site.yml"], await watcher.NextAsync(timeout.Token));
    }

    [Fact]
    public void LiveReload_InjectsItsScriptFile_AndReportsVersionAndError()
    {
        Assert.Equal("<html><body><p>x</p><script src=\"/__sitegen/live.js\" defer></script></body></html>", LiveReload.Inject("<html><body><p>x</p></body></html>"));
        var live = new LiveReload();
        var v0 = JsonDocument.Parse(live.StateJson()).RootElement.GetProperty("version").GetInt32();
        live.Failed("content/a.md:5:7: 错误 bad-date: …");
        Assert.Equal("content/a.md:5:7: 错误 bad-date: …", JsonDocument.Parse(live.StateJson()).RootElement.GetProperty("error").GetString());
        live.Succeeded();
        var state = JsonDocument.Parse(live.StateJson()).RootElement;
        Assert.Equal(v0 + 1, state.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Null, state.GetProperty("error").ValueKind);
        Assert.DoesNotContain("innerHTML", LiveReload.Script);
    }

    [Fact]
    public async Task WatchLoop_RebuildsAnEditedDocument_AndKeepsTheLastGoodPageWhenBroken()
    {
        using var site = LintSite.Create();
        site.Doc("tz/a.md", body: "第一版。");
        using var build = new IncrementalBuild(new SiteGen.Build.BuildOptions { SourceDir = site.Root, OutputDir = site.Out, AsOf = new DateOnly(2026, 1, 1) });
        Assert.True(build.Full().Succeeded);
        var live = new LiveReload();
        var log = new StringWriter();
        using var watcher = new SourceWatcher(site.Root, null);
        var loop = new WatchLoop(build, watcher, live, log);
        using var stop = new CancellationTokenSource();
        var running = loop.RunAsync(stop.Token);

        site.Doc("tz/a.md", body: "第二版。");
        await Until(() => site.Read("tz/a.html").Contains("第二版。"));
        await Until(() => JsonDocument.Parse(live.StateJson()).RootElement.GetProperty("version").GetInt32() == 1);

        site.Doc("tz/a.md", "date: 2025-02-30", body: "坏的第三版。");
        await Until(() => JsonDocument.Parse(live.StateJson()).RootElement.GetProperty("error").GetString() is { } e && e.Contains("bad-date"));
        Assert.Contains("第二版。", site.Read("tz/a.html"));
        Assert.Contains("生成失败", log.ToString());
        stop.Cancel();
        await running;
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(50);
        }
    }
}
