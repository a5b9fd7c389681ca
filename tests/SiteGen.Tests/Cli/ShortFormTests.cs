using SiteGen.Cli;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.CliUsage;

/// <summary>`-s` is `--source`, `-o` is `--out`, `-q` is `--quiet`; `sitegen --version` prints the version.</summary>
public sealed class ShortFormTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => Infrastructure.Cli.Run(args);

    [Fact]
    public void ShortSourceAndOut_BuildWhereTheyPoint()
    {
        using var site = new TestSite();
        site.Doc("a.md");
        using var target = new TempDir();
        var output = Path.Combine(target.Path, "x");
        var (code, stdout, err) = Run("build", "-s", site.Root, "-o", output, "--as-of", "2026-01-01");
        Assert.True(code == 0, err);
        Assert.Contains(output, stdout);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.False(Directory.Exists(site.Out));
    }

    [Fact]
    public void ShortForms_TakeAnEqualsSignToo()
    {
        using var site = new TestSite();
        site.Doc("a.md");
        var (code, _, err) = Run("check", $"-s={site.Root}", "--as-of=2026-01-01");
        Assert.True(code == 0, err);
    }

    [Fact]
    public void Quiet_LeavesOnlyProblems()
    {
        using var site = new TestSite();
        site.Doc("a.md");
        var (code, stdout, _) = Run("build", "-s", site.Root, "--as-of", "2026-01-01", "-q");
        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        Assert.True(File.Exists(Path.Combine(site.Out, "index.html")));

        site.Doc("b.md", "category: 无");
        var (failed, quietOut, quietErr) = Run("check", "-s", site.Root, "--as-of", "2026-01-01", "--quiet");
        Assert.Equal(1, failed);
        Assert.Equal("", quietOut);
        Assert.Contains("错误 unknown-column", quietErr);
    }

    [Fact]
    public void Quiet_IsAcceptedByEveryCommandThatReportsProgress()
    {
        using var site = new TestSite();
        var (code, stdout, err) = Run("new", "notice", "静默", "-s", site.Root, "-q");
        Assert.True(code == 0, err);
        Assert.Equal("", stdout);
        var (schema, schemaOut, schemaErr) = Run("schema", "-s", site.Root, "-q");
        Assert.True(schema == 0, schemaErr);
        Assert.Equal("", schemaOut);
    }

    [Theory]
    [InlineData("--version")]
    [InlineData("-V")]
    public void Version_PrintsTheOneVersion(string option)
    {
        var (code, stdout, _) = Run(option);
        Assert.Equal(0, code);
        Assert.Equal(SiteGenVersion.Current, stdout.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+", stdout);
    }

    [Fact]
    public void HelpTopic_PrintsTheCommandsUsage()
    {
        var (code, stdout, _) = Run("help", "build");
        Assert.Equal(0, code);
        Assert.Contains("sitegen build", stdout);
    }
}
