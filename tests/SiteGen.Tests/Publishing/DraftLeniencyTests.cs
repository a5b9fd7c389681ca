using SiteGen.Diagnostics;
using SiteGen.Tests.Editors.Lint;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Editors.Drafts;

/// <summary>
/// Issue 21: a draft holding the TODO markers `new` and `import` write, a broken reference or a
/// missing field is work in progress: its problems are warnings at file:line:col, it never reaches
/// an output file, and it never fails `build` or `check`, with or without `--strict`.
/// </summary>
public sealed class DraftLeniencyTests
{
    private const string Canary = "DRAFTCANARY21";

    /// <summary>Each kind of unfinished draft an editor commits, with the problem code it must still report.</summary>
    public static TheoryData<string, string, string> Drafts => new()
    {
        // `new interpretation` without --interprets
        { "interpretation-without-target", "---\ntitle: 关于DRAFTCANARY21的解读\ncategory: 政策解读\ndisclosure: 主动公开\ndate: 2025-03-01\ninterprets: TODO：所解读政策文件的文档标识\ndraft: true\n---\n\n## 一、出台背景\n\nTODO：出台背景。\n", "broken-ref" },
        // `new policy` with its TODO 文号 and body
        { "policy-with-todos", "---\ntitle: DRAFTCANARY21办法\ncategory: 行政规范性文件\ndisclosure: 主动公开\ndate: 2025-03-01\ndoc_number: TODO：发文字号\ndraft: true\n---\n\nTODO：正文。\n", "todo" },
        // `import` left a TODO in the body (a table it could not read)
        { "import-with-todo-body", "---\ntitle: DRAFTCANARY21通知\ncategory: 通知公告\ndisclosure: 主动公开\ndate: 2025-03-01\ndraft: true\n---\n\n第一段。\n\nTODO：表格未能识别。\n", "todo" },
        // required fields not filled in yet, an unknown column
        { "missing-fields", "---\ntitle: DRAFTCANARY21\ncategory: 不存在的栏目\ndraft: true\n---\n\n正文。\n", "missing-key" },
        // 文档属性 that do not even parse
        { "broken-yaml", "---\ntitle: [DRAFTCANARY21\ncategory: 通知公告\ndraft: true\n---\n\n正文。\n", "yaml-syntax" },
    };

    [Theory]
    [MemberData(nameof(Drafts))]
    public void ADraftWithProblems_Builds_WarnsAtItsPosition_AndIsInNoOutputFile(string name, string text, string code)
    {
        using var site = LintSite.Create();
        site.Doc("tz/ok.md");
        site.Add($"drafts/{name}.md", text);
        foreach (var strict in new[] { false, true })
        {
            var result = SiteGen.Build.SiteBuilder.Build(new SiteGen.Build.BuildOptions { SourceDir = site.Root, OutputDir = site.Out, AsOf = DateOnly.Parse("2026-01-01"), Strict = strict });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var found = result.Diagnostics.Where(d => d.Path == $"content/drafts/{name}.md" && d.Code == code).ToList();
            Assert.NotEmpty(found);
            Assert.All(found, d => Assert.Equal(Severity.Warning, d.Severity));
            Assert.All(found, d => Assert.True(d.Line > 1 || code == "missing-key", d.ToString()));
            if (code != "todo") Assert.Contains(DiagnosticBagHint, found[0].Hint);
        }
        foreach (var (file, content) in OutputScanner.AllTexts(site.Out))
            Assert.False(content.Contains(Canary, StringComparison.Ordinal), $"{file} holds the draft");
        var (exit, _, err) = SiteGen.Tests.Infrastructure.Cli.Run("check", "--source", site.Root, "--strict", "--as-of", "2026-01-01");
        Assert.True(exit == 0, err);
        Assert.Contains($"content/drafts/{name}.md:", err);
    }

    private static string DiagnosticBagHint => "草稿 draft: true";

    [Fact]
    public void ATodoInAPublishedDocument_StaysAnError()
    {
        using var site = LintSite.Create();
        site.Doc("tz/a.md", "organ: TODO：发布机构");
        var result = site.Build(write: false);
        Assert.False(result.Succeeded);
        var d = result.Single("todo");
        Assert.Equal((Severity.Error, "content/tz/a.md", 6), (d.Severity, d.Path, d.Line));
    }

    [Fact]
    public void AnErrorOfAPublishedDocument_StillFails_BesideADraft()
    {
        using var site = LintSite.Create();
        site.Doc("tz/a.md", "interprets: nowhere");
        site.Doc("tz/b.md", "interprets: nowhere\ndraft: true");
        var result = site.Build(write: false);
        Assert.False(result.Succeeded);
        Assert.Equal([("content/tz/a.md", Severity.Error), ("content/tz/b.md", Severity.Warning)],
            result.Diagnostics.Where(d => d.Code == "broken-ref").Select(d => (d.Path, d.Severity)).ToList());
    }

    [Fact]
    public void ADraftBulletinIssue_IsNotPublished()
    {
        using var site = LintSite.Create();
        site.Add("gongbao/2025/01/_issue.md", "---\nyear: 2025\nissue: 1\ndate: 2025-01-30\ndraft: true\n---\n");
        var result = site.Build();
        result.NoErrors();
        Assert.Empty(result.Site!.Issues);
        Assert.False(site.Exists("gongbao/2025/01/index.html"));
    }

    [Fact]
    public void APublishedEmptyBulletinIssue_IsWarned()
    {
        using var site = LintSite.Create();
        site.Add("gongbao/2025/01/_issue.md", "---\nyear: 2025\nissue: 1\ndate: 2025-01-30\n---\n");
        var d = site.Build(write: false).Single("empty-issue");
        Assert.Equal(("content/gongbao/2025/01/_issue.md", Severity.Warning), (d.Path, d.Severity));
    }
}
