using SiteGen.Cli;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Core;

public sealed class CliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => Infrastructure.Cli.Run(args);

    [Fact]
    public void Build_ExitsZeroAndWritesTheReport()
    {
        using var site = new TestSite();
        site.Doc("a.md");
        var report = Path.Combine(site.Root, "r.json");
        var (code, output, _) = Run("build", "--source", site.Root, "--as-of", "2026-01-01", "--report", report);
        Assert.Equal(0, code);
        Assert.Contains("1 篇文档", output);
        Assert.Contains("\"id\": \"a\"", File.ReadAllText(report));
        Assert.Contains($"\"sitegen_version\": \"{SiteGenVersion.Current}\"", File.ReadAllText(report));
    }

    [Fact]
    public void ContentErrors_ExitOne()
    {
        using var site = new TestSite();
        site.Doc("a.md", "category: 无");
        var (code, _, err) = Run("build", "--source", site.Root);
        Assert.Equal(1, code);
        Assert.Contains("content/a.md:3:11: 错误 unknown-column", err);
    }

    [Fact]
    public void Check_WritesNothing()
    {
        using var site = new TestSite();
        site.Doc("a.md");
        var (code, _, _) = Run("check", "--source", site.Root, "--as-of", "2026-01-01");
        Assert.Equal(0, code);
        Assert.False(Directory.Exists(site.Out));
    }

    [Theory]
    [InlineData("build", "--as-of", "2025/01/01")]
    [InlineData("build", "--ouput", "x")]
    [InlineData("nosuchcommand")]
    public void BadUsage_ExitsTwo(params string[] args) => Assert.Equal(2, Run(args).Code);

    [Fact]
    public void EveryCommand_HasHelp()
    {
        foreach (var command in CommandLine.Commands)
        {
            var (code, output, _) = Run(command.Name, "--help");
            Assert.Equal(0, code);
            Assert.Contains("用法", output);
        }
    }
}
