using SiteGen.Cli;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.CliUsage;

/// <summary>`--as-of` is one option: every command that takes it refuses a bad value the same way, before reading the site.</summary>
public sealed class AsOfOptionTests
{
    public static TheoryData<string[]> Commands => new()
    {
        { new[] { "build" } },
        { new[] { "check" } },
        { new[] { "report", "2025" } },
        { new[] { "serve", "--watch", "--port", "0" } },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void BadValue_IsAUsageError_NamingTheOptionAndTheForm_OnEveryCommand(string[] command)
    {
        using var dir = new TempDir();
        foreach (var bad in new[] { "2026/06/30", "2026-02-30", "20260630", "明天" })
        {
            var (code, stdout, err) = Infrastructure.Cli.Run([.. command, "--source", dir.Path, "--as-of", bad]);
            Assert.Equal(ExitCodes.Usage, code);
            Assert.Equal("", stdout);
            // The command in front, no file or position: the message is about the command line, not the site.
            Assert.StartsWith($"sitegen {command[0]}: 错误：--as-of 的日期“{bad}”应写成 YYYY-MM-DD（date must be YYYY-MM-DD）。\n", err.ReplaceLineEndings("\n"), StringComparison.Ordinal);
            Assert.DoesNotContain(dir.Path, err, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
        }
    }

    [Fact]
    public void GoodValue_IsTheDate_AndNoValueIsTodayInBeijing()
    {
        Assert.Equal(new DateOnly(2026, 6, 30), AsOfOption.Parse("2026-06-30"));
        Assert.Equal(["--as-of", "2026-06-30"], AsOfOption.Arguments(new DateOnly(2026, 6, 30)));
        var option = AsOfOption.Read(new Arguments([]));
        Assert.False(option.Given);
        Assert.Equal(SiteGen.Build.BuildOptions.Today(), option.Date());
    }
}
