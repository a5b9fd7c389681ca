using System.Diagnostics;
using System.Text.Json;
using SiteGen.Tests.Editors.Lint;

namespace SiteGen.Tests.Editors;

/// <summary>`sitegen serve --watch` as an editor runs it: a process, a page open over HTTP, edits to a document.</summary>
public sealed class ServeWatchTests
{
    [Fact]
    public async Task ServeWatch_ServesTheRebuiltPage_AfterAnEdit_AndTheLastGoodPageWithTheErrorWhenBroken()
    {
        using var site = LintSite.Create();
        site.Doc("tz/a.md", body: "第一版。");
        var psi = new ProcessStartInfo("python3",
            ["-c", "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])",
             "dotnet", Path.Combine(AppContext.BaseDirectory, "sitegen.dll"), "serve", "--watch", "--source", site.Root, "--as-of", "2026-01-01",
             "--bind", "127.0.0.1", "--port", "0"])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var serve = Process.Start(psi)!;
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
            Assert.NotEqual(version, await State(http, "version"));
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

    private static async Task<int> ReadPort(StreamReader stdout)
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
