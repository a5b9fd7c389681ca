using System.Text.Json;
using SiteGen.Cli;
using SiteGen.Diagnostics;
using SiteGen.Tests.Editors.Lint;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Editors;

public sealed class CiOutputTests
{
    private static readonly Diagnostic Sample = new("content/a,b.md", 6, 13, Severity.Warning, "doc-number-format", "发文字号“x[2019]1号”不规范：100%", "改正。");

    [Fact]
    public void GitHubFormat_WritesEscapedAnnotations_WithPathsRelativeToTheWorkspace_AndAStepSummary()
    {
        using var dir = new TempDir();
        var summary = dir.File("summary.md");
        var env = new Dictionary<string, string> { ["GITHUB_WORKSPACE"] = dir.Path, ["GITHUB_STEP_SUMMARY"] = summary };
        var output = new DiagnosticOutput("github", Path.Combine(dir.Path, "site"), k => env.GetValueOrDefault(k));
        var stdout = new StringWriter();
        output.Write([Sample], stdout, TextWriter.Null);
        output.Summary([Sample], "检查通过", stdout);
        Assert.Equal("::warning file=site/content/a%2Cb.md,line=6,col=13,title=doc-number-format::发文字号“x[2019]1号”不规范：100%25 改正。\n", stdout.ToString().ReplaceLineEndings("\n"));
        Assert.Contains("| doc-number-format | 0 | 1 |", File.ReadAllText(summary));
    }

    [Fact]
    public void GitLabFormat_WritesACodeQualityReport()
    {
        using var dir = new TempDir();
        var report = dir.File("cq.json");
        var env = new Dictionary<string, string> { ["CI_PROJECT_DIR"] = dir.Path, ["SITEGEN_CODEQUALITY"] = report };
        var output = new DiagnosticOutput("gitlab", Path.Combine(dir.Path, "site"), k => env.GetValueOrDefault(k));
        var stderr = new StringWriter();
        output.Write([Sample with { Severity = Severity.Error }], TextWriter.Null, stderr);
        var item = JsonDocument.Parse(File.ReadAllText(report)).RootElement[0];
        Assert.Equal("site/content/a,b.md", item.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(6, item.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
        Assert.Equal("major", item.GetProperty("severity").GetString());
        Assert.Equal("doc-number-format", item.GetProperty("check_name").GetString());
        Assert.StartsWith("site/content/a,b.md:6:13: 错误 doc-number-format", stderr.ToString());
    }

    [Fact]
    public void UnknownFormat_IsAUsageError()
    {
        using var site = LintSite.Create();
        var stderr = new StringWriter();
        Assert.Equal(2, CommandLine.Run(["check", "--source", site.Root, "--format", "jenkins"], TextWriter.Null, stderr));
        Assert.Contains("--format", stderr.ToString());
    }

    [Fact]
    public void Check_Strict_FailsOnALint_WithoutStrictItPasses_AndNoProgressLineWhenRedirected()
    {
        using var site = LintSite.Create();
        site.Doc("a.md", "doc_number: 示政办发[2019]16号");
        var stderr = new StringWriter();
        Assert.Equal(0, CommandLine.Run(["check", "--source", site.Root, "--as-of", "2025-03-02"], TextWriter.Null, stderr));
        Assert.Contains("警告 doc-number-format", stderr.ToString());
        Assert.DoesNotContain("\r", stderr.ToString());
        stderr = new StringWriter();
        Assert.Equal(1, CommandLine.Run(["check", "--source", site.Root, "--as-of", "2025-03-02", "--strict"], TextWriter.Null, stderr));
        Assert.Contains("错误 doc-number-format", stderr.ToString());
    }

    [Fact]
    public void ProgressLine_OverwritesItselfAndClears_OnlyWhenEnabled()
    {
        var w = new StringWriter();
        var line = new ProgressLine(w, enabled: true);
        line.Stage("content", 1234);
        line.Clear();
        Assert.Equal("\r\x1b[K sitegen: content 完成（1.2 秒）…\r\x1b[K", w.ToString());
        var quiet = new StringWriter();
        new ProgressLine(quiet, enabled: false).Stage("content", 1);
        Assert.Equal("", quiet.ToString());
        Assert.False(ProgressLine.IsTerminal(w, _ => null));
    }
}
