using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SiteGen.Cli;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Deploy;

/// <summary>`sitegen serve` as an operator runs it: a process on a free port, stopped with Ctrl-C.</summary>
[Slow]
public sealed class ServeCommandTests
{
    private static TestSite BuiltSite()
    {
        var site = new TestSite();
        site.Doc("x/a.md");
        site.Build().NoErrors();
        return site;
    }

    [Fact]
    public async Task Serve_AnswersOnIPv6AndIPv4_LogsEachRequest_AndStopsCleanlyOnCtrlC()
    {
        using var site = BuiltSite();
        // Through python, which resets SIGINT to its default: a shell that started the test run in
        // the background would otherwise pass SIGINT on as ignored, and Ctrl-C could not be tested.
        var psi = new ProcessStartInfo("python3",
            ["-c", "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])",
             "dotnet", Path.Combine(AppContext.BaseDirectory, "sitegen.dll"), "serve", "--out", site.Out, "--port", "0"])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var serve = Process.Start(psi)!;
        var stderr = serve.StandardError.ReadToEndAsync();
        try
        {
            var port = await ReadPort(serve.StandardOutput);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"http://[::1]:{port}/x/a.html")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"http://127.0.0.1:{port}/x/none.html")).StatusCode);

            using (var kill = Process.Start("kill", ["-INT", serve.Id.ToString()])) await kill.WaitForExitAsync();
            var rest = await serve.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await serve.WaitForExitAsync(timeout.Token);
            Assert.True(serve.ExitCode == 0, $"exit {serve.ExitCode}: {await stderr}");
            Assert.Contains("\"GET /x/a.html\" 200 ", rest);
            Assert.Contains("\"GET /x/none.html\" 404 ", rest);
            Assert.EndsWith("已停止。", rest.TrimEnd());
        }
        finally
        {
            if (!serve.HasExited) serve.Kill(entireProcessTree: true);
        }
    }

    private static async Task<int> ReadPort(StreamReader stdout)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var seen = new List<string>();
        while (await stdout.ReadLineAsync(timeout.Token) is { } line)
        {
            seen.Add(line);
            if (line.Trim() is var url && url.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
            {
                Assert.Contains(seen, l => l.Trim().StartsWith("http://[::1]:", StringComparison.Ordinal));
                return new Uri(url).Port;
            }
        }
        throw new InvalidOperationException("serve printed no address:\n" + string.Join("\n", seen));
    }

    [Theory]
    [InlineData("--port", "http")]
    [InlineData("--port", "70000")]
    [InlineData("--bind", "example.gov.cn")]
    public void Serve_RejectsBadOptions(string option, string value)
    {
        using var site = BuiltSite();
        var stderr = new StringWriter();
        Assert.Equal(ExitCodes.Usage, CommandLine.Run(["serve", "--out", site.Out, option, value], new StringWriter(), stderr));
        Assert.Contains(option, stderr.ToString());
    }

    [Fact]
    public void Serve_RefusesAFolderThatIsNotABuiltSite()
    {
        using var empty = new TempDir();
        var stderr = new StringWriter();
        Assert.Equal(ExitCodes.Usage, CommandLine.Run(["serve", "--out", empty.Path, "--port", "0"], new StringWriter(), stderr));
        Assert.Contains("sitegen build", stderr.ToString());
    }

    [Fact]
    public void Serve_ReportsAPortInUse()
    {
        using var site = BuiltSite();
        var taken = new TcpListener(IPAddress.IPv6Any, 0);
        taken.Server.DualMode = true;
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;
            var stderr = new StringWriter();
            Assert.Equal(ExitCodes.Usage, CommandLine.Run(["serve", "--out", site.Out, "--port", port.ToString()], new StringWriter(), stderr));
            Assert.Contains($"端口 {port}", stderr.ToString());
        }
        finally
        {
            taken.Stop();
        }
    }
}
