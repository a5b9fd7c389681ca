using System.Diagnostics;
using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.CliUsage;

/// <summary>
/// 错误 in red and 警告 in yellow on a terminal; no escape codes with NO_COLOR, with TERM=dumb, or
/// when the output is redirected (files, pipes, CI logs).
/// </summary>
public sealed class ColorTests
{
    private const string RedError = "\x1b[1;31m错误\x1b[0m";

    [Theory]
    [InlineData(true, null, null, true)]
    [InlineData(true, "1", null, false)]
    [InlineData(true, "", null, true)]
    [InlineData(true, null, "dumb", false)]
    [InlineData(false, null, null, false)]
    public void Decide_ColoursOnlyATerminal_WithoutNoColor(bool terminal, string? noColor, string? term, bool expected)
    {
        string? Env(string name) => name switch { "NO_COLOR" => noColor, "TERM" => term, _ => null };
        Assert.Equal(expected, TerminalColors.Decide(terminal, Env));
    }

    [Fact]
    public void Format_ColoursOnlyTheSeverityLabel()
    {
        var error = new Diagnostic("content/a.md", 3, 11, Severity.Error, "unknown-column", "栏目“错误”不存在。");
        var warning = error with { Severity = Severity.Warning };
        var on = new TerminalColors(true);
        Assert.Equal("content/a.md:3:11: " + RedError + " unknown-column: 栏目“错误”不存在。", on.Format(error));
        Assert.Equal("content/a.md:3:11: \x1b[1;33m警告\x1b[0m unknown-column: 栏目“错误”不存在。", on.Format(warning));
        Assert.Equal(error.ToString(), TerminalColors.None.Format(error));
    }

    [Fact]
    public void RedirectedOutput_HasNoEscapeCodes()
    {
        using var site = new TestSite();
        site.Doc("a.md", "category: 无");
        var (code, stdout, stderr) = Infrastructure.Cli.Run("check", "-s", site.Root);
        Assert.Equal(1, code);
        Assert.DoesNotContain('\x1b', stdout + stderr);
        var (usage, _, usageErr) = Infrastructure.Cli.Run("biuld");
        Assert.Equal(2, usage);
        Assert.DoesNotContain('\x1b', usageErr);
    }

    [Fact]
    [Slow]
    public async Task OnATerminal_ErrorsAreRed_AndNoColorTurnsThemOff()
    {
        using var site = new TestSite();
        site.Doc("a.md", "category: 无");
        var coloured = await OnTerminal(null, "check", "-s", site.Root, "-q");
        Assert.Contains(RedError + " unknown-column", coloured);
        // --quiet: no progress line even on a terminal.
        Assert.DoesNotContain("完成（", coloured);
        var plain = await OnTerminal("1", "check", "-s", site.Root, "-q");
        Assert.Contains("错误 unknown-column", plain);
        Assert.DoesNotContain("\x1b[1;", plain);
        var usage = await OnTerminal(null, "biuld");
        Assert.Contains("sitegen: " + RedError, usage);
    }

    /// <summary>Runs sitegen with stdout and stderr on a pseudo-terminal (Python's os.openpty), returning what the terminal showed.</summary>
    private static async Task<string> OnTerminal(string? noColor, params string[] args)
    {
        const string script = """
            import os, subprocess, sys
            master, slave = os.openpty()
            p = subprocess.Popen(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=slave, stderr=slave)
            os.close(slave)
            out = b""
            while True:
                try:
                    chunk = os.read(master, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                out += chunk
            p.wait()
            sys.stdout.buffer.write(out)
            """;
        var psi = new ProcessStartInfo("python3", ["-c", script, "dotnet", Path.Combine(AppContext.BaseDirectory, "sitegen.dll"), .. args])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.Environment.Remove("NO_COLOR");
        psi.Environment.Remove("CI");
        psi.Environment["TERM"] = "xterm";
        if (noColor is not null) psi.Environment["NO_COLOR"] = noColor;
        using var process = Process.Start(psi)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return output;
    }
}
