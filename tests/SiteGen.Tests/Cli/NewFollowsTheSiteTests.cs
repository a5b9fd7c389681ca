using SiteGen.Cli;
using SiteGen.Tests.Editors.Lint;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Editors;

/// <summary>Issue 21: `sitegen new` writes where the site's own documents of that column live, named as they are.</summary>
public sealed class NewFollowsTheSiteTests
{
    private static string New(string root, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(["new", .. args, "--source", root], stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        return stdout.ToString().Trim()["已新建 ".Length..];
    }

    private static void Policy(TestSite site, string relative, string column = "行政规范性文件") =>
        site.Add(relative, $"---\ntitle: 文件\ncategory: {column}\ndisclosure: 主动公开\ndate: 2025-03-01\n---\n\n正文。\n");

    [Fact]
    public void ANewPolicy_GoesBesideTheColumnsDocuments_InTheNewYearsFolder_WithTheNextNumber()
    {
        using var site = LintSite.Create("\ncredit_code: X");
        Policy(site, "xxgk/zcwj/2025/gfxwj-001.md");
        Policy(site, "xxgk/zcwj/2025/gfxwj-002.md");
        Policy(site, "xxgk/zcwj/2025/qtwj-001.md", "其他文件");
        Assert.Equal("content/xxgk/zcwj/2026/gfxwj-003.md", New(site.Root, "policy", "办法", "--date", "2026-01-05"));
        Assert.Equal("content/xxgk/zcwj/2026/gfxwj-004.md", New(site.Root, "policy", "办法二", "--date", "2026-01-06"));
        Assert.Equal("content/xxgk/zcwj/2026/qtwj-002.md", New(site.Root, "policy", "方案", "--category", "其他文件", "--date", "2026-01-06"));
    }

    [Fact]
    public void ASiteThatNumbersEachYearAfresh_GetsNumberOneInANewYear()
    {
        using var site = LintSite.Create();
        foreach (var f in new[] { "dt/2024/gzdt-001.md", "dt/2025/gzdt-001.md", "dt/2025/gzdt-002.md" }) Policy(site, f, "工作动态");
        Assert.Equal("content/dt/2025/gzdt-003.md", New(site.Root, "news", "动态", "--date", "2025-12-30"));
        Assert.Equal("content/dt/2026/gzdt-001.md", New(site.Root, "news", "动态", "--date", "2026-01-02"));
    }

    [Fact]
    public void SiteYmlNewFiles_SetsThePattern()
    {
        using var site = LintSite.Create("\nnew_files:\n  会议公开: hy/{year}/hy{year}-{seq:2}");
        Policy(site, "hy/2026/hy2026-07.md", "会议公开");
        Assert.Equal("content/hy/2026/hy2026-08.md", New(site.Root, "meeting", "常务会议", "--date", "2026-03-02"));
        Assert.Equal("content/hy/2027/hy2027-01.md", New(site.Root, "meeting", "常务会议", "--date", "2027-01-02"));
    }

    [Fact]
    public void ANewFilesPatternForAnUnknownColumn_IsAnError()
    {
        using var site = LintSite.Create("\nnew_files:\n  会议公示: hy/{year}/hy-{seq:2}");
        var (code, _, err) = SiteGen.Tests.Infrastructure.Cli.Run("check", "--source", site.Root);
        Assert.Equal(1, code);
        Assert.Contains("site.yml:", err);
        Assert.Contains("会议公开", err);
    }

    /// <summary>On a copy of the sample site, every kind lands where the sample keeps that column's documents.</summary>
    [Fact]
    public void OnTheSampleSite_EveryKindIsPlacedLikeTheSitesOwnDocuments()
    {
        using var dir = new TempDir("edit-new-sample");
        File.Copy(Repo.SiteYml, Path.Combine(dir.Path, "site.yml"));
        CopyFolder(Path.Combine(Repo.Root, "content"), Path.Combine(dir.Path, "content"));
        var placed = new[] { "policy", "notice", "news", "meeting", "consultation", "proposal", "interpretation" }
            .Select(kind => New(dir.Path, kind, "标题", "--date", "2026-12-06", "--interprets", "xxgk/zcwj/2026/gfxwj-007")).ToList();
        Assert.Equal([
            "content/xxgk/zcwj/2026/gfxwj-008.md", "content/xxgk/tzgg/2026/tzgg-008.md", "content/xxgk/gzdt/2026/gzdt-008.md",
            "content/xxgk/hygk/2026/hygk-004.md", "content/xxgk/yjzj/2026/yjzj-004.md", "content/xxgk/jyta/2026/jyta-005.md",
            "content/xxgk/zcjd/2026/zcjd-007.md"], placed);
        Assert.Equal("content/xxgk/nb/2026.md", New(dir.Path, "report", "2026", "--date", "2026-12-06"));
        // Drafts, all of them: the site still passes the strict check.
        var (code, _, err) = SiteGen.Tests.Infrastructure.Cli.Run("check", "--source", dir.Path, "--strict", "--as-of", "2026-12-06");
        Assert.True(code == 0, err);
    }

    [Fact]
    public void NewReport_IsTheReportCommandsDraft()
    {
        using var dir = new TempDir("edit-new-report");
        File.Copy(Repo.SiteYml, Path.Combine(dir.Path, "site.yml"));
        CopyFolder(Path.Combine(Repo.Root, "content"), Path.Combine(dir.Path, "content"));
        var rel = New(dir.Path, "report", "2026", "--date", "2027-01-10");
        var viaNew = File.ReadAllText(Path.Combine(dir.Path, rel));
        Assert.Contains("行政规范性文件: [", viaNew);
        var (code, _, err) = SiteGen.Tests.Infrastructure.Cli.Run("report", "2026", "--source", dir.Path, "--as-of", "2027-01-10", "--force");
        Assert.True(code == 0, err);
        Assert.Equal(viaNew, File.ReadAllText(Path.Combine(dir.Path, rel)));
    }

    [Fact]
    public void ANewBulletinIssue_StaysUnpublished_UntilTheDraftLineGoes()
    {
        using var site = LintSite.Create();
        var rel = New(site.Root, "bulletin-issue", "--date", "2025-10-01");
        var result = site.Build("2025-10-09");
        result.NoErrors();
        Assert.Empty(result.Site!.Issues);
        Assert.Contains("draft: true", File.ReadAllText(Path.Combine(site.Root, rel)));
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
