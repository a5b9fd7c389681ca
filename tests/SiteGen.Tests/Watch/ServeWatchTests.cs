using System.Diagnostics;
using System.Text.Json;
using SiteGen.Tests.Editors.Lint;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Editors;

/// <summary>`sitegen serve --watch` as an editor runs it: a process, a page open over HTTP or in Chromium, edits to a document.</summary>
[Slow]
public sealed class ServeWatchTests
{
    internal static Process Start(TestSite site) => Process.Start(new ProcessStartInfo("python3",
        ["-c", "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])",
         "dotnet", Path.Combine(AppContext.BaseDirectory, "sitegen.dll"), "serve", "--watch", "--source", site.Root, "--as-of", "2026-01-01",
         "--bind", "127.0.0.1", "--port", "0"])
    { RedirectStandardOutput = true, RedirectStandardError = true })!;

    [Fact]
    public async Task ServeWatch_ServesTheRebuiltPage_AfterAnEdit_AndTheLastGoodPageWithTheErrorWhenBroken()
    {
        using var site = LintSite.Create();
        site.Doc("tz/a.md", body: "第一版。");
        using var serve = Start(site);
        var stderr = serve.StandardError.ReadToEndAsync();
        try
        {
            var port = await ReadPort(serve.StandardOutput);
            var output = serve.StandardOutput.ReadToEndAsync();
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
            var first = await http.GetStringAsync("tz/a.html");
            Assert.Contains("第一版。", first);
            Assert.Contains("<script src=\"/__sitegen/live.js\" defer></script></body>", first);
            Assert.Contains("location.reload()", await http.GetStringAsync("__sitegen/live.js"));
            var version = await State(http, "version");

            var edited = Stopwatch.StartNew();
            site.Doc("tz/a.md", body: "第二版。");
            await Until(async () => (await http.GetStringAsync("tz/a.html")).Contains("第二版。"));
            var seen = edited.ElapsedMilliseconds;
            await Until(async () => await State(http, "version") != version);
            Assert.True(seen < 3000, $"the edit was served after {seen} ms");

            site.Doc("tz/a.md", "date: 2025-02-30", body: "坏的第三版。");
            await Until(async () => await State(http, "error") is { } e && e.Contains("bad-date"));
            Assert.Contains("第二版。", await http.GetStringAsync("tz/a.html"));

            using (var kill = Process.Start("kill", ["-INT", serve.Id.ToString()])) await kill.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await serve.WaitForExitAsync(timeout.Token);
            Assert.True(serve.ExitCode == 0, $"exit {serve.ExitCode}: {await stderr}");
            var log = await output;
            Assert.Contains("已重新生成", log);
            Assert.Contains("content/tz/a.md:", log);
            Assert.Contains("生成失败", log);
        }
        finally
        {
            if (!serve.HasExited) serve.Kill(entireProcessTree: true);
        }
    }

    private static async Task<string?> State(HttpClient http, string key)
    {
        var state = JsonDocument.Parse(await http.GetStringAsync("__sitegen/live.json")).RootElement.GetProperty(key);
        return state.ValueKind == JsonValueKind.Null ? null : state.ToString();
    }

    private static async Task Until(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(50);
        }
    }

    internal static async Task<int> ReadPort(StreamReader stdout)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var seen = new List<string>();
        while (await stdout.ReadLineAsync(timeout.Token) is { } line)
        {
            seen.Add(line);
            if (line.Trim() is var url && url.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)) return new Uri(url).Port;
        }
        throw new InvalidOperationException("serve printed no address:\n" + string.Join("\n", seen));
    }
}

/// <summary>The same in Chromium: the page reloads itself and shows the error, with the site's CSP in force.</summary>
[Collection(BrowserCollection.Name)]
[Slow]
public sealed class ServeWatchBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task OpenPage_ReloadsItselfAfterAnEdit_AndShowsTheErrorOfABrokenOne_UnderTheSitesCsp()
    {
        using var site = LintSite.Create();
        site.Doc("tz/a.md", body: "第一版。");
        using var serve = ServeWatchTests.Start(site);
        _ = serve.StandardError.ReadToEndAsync();
        try
        {
            var port = await ServeWatchTests.ReadPort(serve.StandardOutput);
            _ = serve.StandardOutput.ReadToEndAsync();
            var page = await browser.NewPageAsync();
            var console = new List<string>();
            page.Console += (_, m) => console.Add(m.Text);
            await page.GotoAsync($"http://127.0.0.1:{port}/tz/a.html");
            await page.WaitForTimeoutAsync(1500);
            site.Doc("tz/a.md", body: "第二版。");
            // Polled from C#: a predicate evaluated in the page would be refused by the site's CSP (no eval).
            var deadline = DateTime.UtcNow.AddSeconds(15);
            while (!(await page.InnerTextAsync("body")).Contains("第二版。"))
            {
                Assert.True(DateTime.UtcNow < deadline, "the page did not reload");
                await Task.Delay(100);
            }
            site.Doc("tz/a.md", "date: 2025-02-30", body: "坏的第三版。");
            var box = await page.WaitForSelectorAsync("#sitegen-live-error", new() { Timeout = 15000 });
            Assert.Contains("bad-date", await box!.InnerTextAsync());
            Assert.Contains("第二版。", await page.InnerTextAsync("body"));
            Assert.DoesNotContain(console, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || m.Contains("Refused", StringComparison.Ordinal));
        }
        finally
        {
            if (!serve.HasExited) serve.Kill(entireProcessTree: true);
        }
    }

}
