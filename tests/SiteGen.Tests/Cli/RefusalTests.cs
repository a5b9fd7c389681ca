using SiteGen.Cli;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.CliUsage;

/// <summary>
/// The command line refuses what it does not understand (exit 2), names the argument and, where
/// one is close, the right spelling; nothing is built or written when it refuses.
/// </summary>
public sealed class RefusalTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => Infrastructure.Cli.Run(args);

    [Fact]
    public void MistypedCommand_SuggestsTheClosest()
    {
        var (code, _, err) = Run("biuld", "--source", ".");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("未知命令“biuld”", err);
        Assert.Contains("did you mean build?", err);
    }

    [Fact]
    public void UnrelatedCommand_IsRefusedWithoutSuggestion()
    {
        var (code, _, err) = Run("deploy");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("未知命令“deploy”", err);
        Assert.DoesNotContain("did you mean", err);
    }

    [Fact]
    public void MistypedOption_SuggestsTheRightSpelling_AndWritesNothing()
    {
        using var site = new TestSite();
        site.Doc("a.md");
        using var elsewhere = new TempDir();
        var (code, _, err) = Run("build", "--source", site.Root, "--ouput", elsewhere.Path, "--as-of", "2026-01-01");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("未知选项“--ouput”", err);
        Assert.Contains("did you mean --out?", err);
        Assert.False(Directory.Exists(site.Out));
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere.Path));
    }

    [Theory]
    [InlineData("serve", "--prot", "8080", "--port")]
    [InlineData("check", "--sorce", ".", "--source")]
    [InlineData("report", "--forec", null, "--force")]
    [InlineData("build", "--sour", ".", "--source")]
    public void MistypedOption_OnEveryCommand_SuggestsItsOwnOption(string command, string typed, string? value, string expected)
    {
        var (code, _, err) = value is null ? Run(command, typed) : Run(command, typed, value);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"未知选项“{typed}”", err);
        Assert.Contains($"did you mean {expected}?", err);
    }

    [Fact]
    public void OptionOfAnotherCommand_IsRefused()
    {
        // check writes nothing, so it has no --out: accepting it would pretend to write there.
        var (code, _, err) = Run("check", "--out", "x");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("未知选项“--out”", err);
    }

    [Fact]
    public void UnknownShortForm_IsRefusedByName()
    {
        var (code, _, err) = Run("serve", "-p", "8080");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("未知选项“-p”", err);
        Assert.Contains("did you mean --port?", err);
    }

    [Fact]
    public void StrayPositional_IsRefused_WithTheSourceOptionAsHint()
    {
        using var site = new TestSite();
        site.Doc("a.md");
        using var cwd = new TempDir();
        var (code, _, err) = Run("build", site.Root);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"多余的参数“{site.Root}”", err);
        Assert.Contains($"did you mean --source {site.Root}?", err);
        Assert.False(Directory.Exists(site.Out));
    }

    [Fact]
    public void StrayPositional_NamingABuiltSite_HintsTheOutOption()
    {
        using var built = new TempDir();
        File.WriteAllText(Path.Combine(built.Path, "index.html"), "<!doctype html>");
        var (code, _, err) = Run("serve", built.Path);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains($"did you mean --out {built.Path}?", err);
        var (verifyCode, _, verifyErr) = Run("verify", built.Path);
        Assert.Equal(ExitCodes.Usage, verifyCode);
        Assert.Contains($"did you mean --out {built.Path}?", verifyErr);
    }

    [Fact]
    public void StrayPositional_AfterAFlag_IsStillRefused()
    {
        // --strict takes no value, so SITE after it is a stray argument, not strict's value.
        var (code, _, err) = Run("check", "--strict", "SITE");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("多余的参数“SITE”", err);
    }

    [Fact]
    public void OptionGivenTwice_IsRefused()
    {
        var (code, _, err) = Run("build", "--out", "a", "-o", "b");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("给了不止一次", err);
    }

    [Fact]
    public void FullWidthDash_IsExplained()
    {
        var (code, _, err) = Run("build", "—out", "x");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("全角或中文破折号", err);
        Assert.Contains("--out", err);
    }

    [Fact]
    public void OptionBeforeTheCommand_IsRefused()
    {
        var (code, _, err) = Run("--source", ".", "build");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("选项写在命令之后", err);
    }

    [Fact]
    public void WatchOnlyOptions_WithoutWatch_AreRefused()
    {
        var (code, _, err) = Run("serve", "--strict");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--watch", err);
    }

    [Fact]
    public void CommandsWithPositionals_StillTakeThem()
    {
        using var site = new TestSite();
        var (code, output, err) = Run("new", "notice", "测试通知", "-s", site.Root);
        Assert.True(code == 0, err);
        Assert.Contains("已新建", output);
        var (extra, _, extraErr) = Run("new", "notice", "测试", "通知", "-s", site.Root);
        Assert.Equal(ExitCodes.Usage, extra);
        Assert.Contains("引号", extraErr);
    }

    [Fact]
    public void OptionWithoutItsValue_IsRefused_InsteadOfFallingBackToTheDefault()
    {
        using var site = new TestSite();
        site.Doc("a.md");
        var (code, _, err) = Run("build", "--source", site.Root, "--out");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("选项 --out 缺少值", err);
        Assert.False(Directory.Exists(site.Out));
    }

    [Fact]
    public void FlagWithAValue_IsRefused()
    {
        var (code, _, err) = Run("check", "--strict=false");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("选项 --strict 不带值", err);
    }

    [Fact]
    public void UsageError_ShowsTheSynopsis_NotTheWholeHelp()
    {
        var (_, _, err) = Run("serve", "--prot", "1");
        Assert.Contains("用法: sitegen serve [", err);
        Assert.Contains("sitegen serve --help", err);
        Assert.DoesNotContain("增量生成", err);
    }

    [Fact]
    public void ServeWithoutWatch_ServesTheSourcesOutputFolder()
    {
        // Before, serve --source DIR without --watch silently served ./public.
        using var site = new TestSite();
        var (code, _, err) = Run("serve", "--source", site.Root, "--port", "0");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(site.Out, err);
    }

    [Fact]
    public void MistypedContentKind_SuggestsTheClosest()
    {
        using var site = new TestSite();
        var (code, _, err) = Run("new", "notcie", "标题", "-s", site.Root);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("未知的内容类型“notcie”", err);
        Assert.Contains("did you mean notice?", err);
    }
}
