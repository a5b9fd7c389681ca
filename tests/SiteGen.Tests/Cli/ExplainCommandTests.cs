using SiteGen.Cli;
using SiteGen.Diagnostics;

namespace SiteGen.Tests.CliUsage;

/// <summary>`sitegen explain`: a code from build's output, explained from the registry; unknown codes refused with the nearest one.</summary>
public sealed class ExplainCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => Infrastructure.Cli.Run(args);

    [Fact]
    public void KnownCode_PrintsItsTitleLevelAndExplanation()
    {
        var (code, output, err) = Run("explain", "unsafe-url");
        Assert.True(code == ExitCodes.Ok, err);
        Assert.Equal($"unsafe-url：{DiagnosticCodes.UnsafeUrl.Title}（警告）\n{DiagnosticCodes.UnsafeUrl.Explanation}\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void SeveralCodes_AreExplainedInTheOrderGiven()
    {
        var (code, output, _) = Run("explain", "stale-column", "short-consultation");
        Assert.Equal(ExitCodes.Ok, code);
        var stale = output.IndexOf("stale-column：栏目未按期更新（提示）", StringComparison.Ordinal);
        var consultation = output.IndexOf("short-consultation：意见征集期过短（警告，--strict 时为错误）", StringComparison.Ordinal);
        Assert.True(stale >= 0 && consultation > stale, output);
    }

    [Fact]
    public void WithoutACode_ListsEveryRegisteredCode()
    {
        var (code, output, _) = Run("explain");
        Assert.Equal(ExitCodes.Ok, code);
        var lines = output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(DiagnosticCodes.All.Select(c => c.Id), lines.Select(l => l.Split(' ')[0]));
        Assert.Contains(lines, l => l.StartsWith("bad-value ", StringComparison.Ordinal) && l.EndsWith("取值不对（错误或警告，见说明）", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownCode_IsRefusedWithTheNearestCode()
    {
        var (code, output, err) = Run("explain", "unsafe-uri");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Equal("", output);
        Assert.Contains("没有诊断代码“unsafe-uri”", err);
        Assert.Contains("是不是“unsafe-url”", err);
    }

    [Fact]
    public void UnknownOption_IsRefused()
    {
        var (code, _, err) = Run("explain", "todo", "--verbose");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--verbose", err);
    }
}
