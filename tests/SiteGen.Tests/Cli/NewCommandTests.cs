using SiteGen.Cli;
using SiteGen.Tests.Editors.Lint;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Editors;

public sealed class NewCommandTests
{
    private static string New(TestSite site, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(["new", .. args, "--source", site.Root], stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        var rel = stdout.ToString().Trim()["已新建 ".Length..];
        return rel;
    }

    [Fact]
    public void NewPolicy_WritesFrontMatter_WithTodayAndTheNextFreeIndexNoOfThatYear()
    {
        using var site = LintSite.Create("\ncredit_code: 11370000MB0000000X");
        site.Doc("zc/a.md", "index_no: 11370000MB0000000X/2025-00007", "正文提到 11370000MB0000000X/2025-00099，不算。");
        site.Doc("zc/b.md", "index_no: \"11370000MB0000000X/2024-00050\"");
        site.Doc("zc/c.md", "index_no: 99999999MB0000000X/2025-00080");
        var rel = New(site, "policy", "关于印发《测试管理办法》的通知", "--date", "2025-10-09");
        Assert.Equal("content/xxgk/fdzdgk/zcwj/gfxwj/2025/zc-20251009.md", rel);
        Assert.Equal("""
            ---
            title: 关于印发《测试管理办法》的通知
            category: 行政规范性文件
            disclosure: 主动公开
            date: 2025-10-09
            written: 2025-10-09
            doc_number: TODO：发文字号
            organ: 测试区人民政府办公室
            index_no: 11370000MB0000000X/2025-00008
            validity: 有效
            draft: true
            ---

            TODO：正文。

            """, File.ReadAllText(Path.Combine(site.Root, rel)));
        Assert.Equal("content/xxgk/fdzdgk/zcwj/gfxwj/2025/zc-20251009-2.md", New(site, "policy", "第二个", "--date", "2025-10-09"));
        Assert.Contains("index_no: 11370000MB0000000X/2025-00009", File.ReadAllText(Path.Combine(site.Root, "content/xxgk/fdzdgk/zcwj/gfxwj/2025/zc-20251009-2.md")));
    }

    [Fact]
    public void IndexNoFormat_IsConfigurable()
    {
        using var site = LintSite.Create("\ncredit_code: ABC\nindex_no_format: \"{credit_code}-{year}-{seq:3}\"");
        site.Doc("zc/a.md", "index_no: ABC-2025-041");
        var rel = New(site, "policy", "办法", "--date", "2025-10-09");
        Assert.Contains("index_no: ABC-2025-042\n", File.ReadAllText(Path.Combine(site.Root, rel)));
    }

    [Theory]
    [InlineData("policy")]
    [InlineData("interpretation")]
    [InlineData("notice")]
    [InlineData("consultation")]
    [InlineData("proposal")]
    [InlineData("news")]
    [InlineData("meeting")]
    [InlineData("bulletin-article")]
    public void EveryKind_WritesAFileThatValidates_WithItsTodosReported(string kind)
    {
        using var site = LintSite.Create("\ncredit_code: X");
        site.Doc("zc/p.md", "category: 行政规范性文件\nindex_no: X/2025-00001");
        New(site, "bulletin-issue", "--date", "2025-10-01");
        var rel = New(site, kind, "标题", "--date", "2025-10-09", "--interprets", "zc/p");
        var text = File.ReadAllText(Path.Combine(site.Root, rel));
        Assert.Contains("draft: true", text);
        var result = site.Build("2025-10-09", write: false);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SiteGen.Diagnostics.Severity.Error);
        Assert.Contains(result.Diagnostics, d => d.Code == "todo" && d.Path == rel);
    }

    [Fact]
    public void BulletinIssue_TakesTheNextNumberOfTheYear_AndArticlesTheNextOrder()
    {
        using var site = LintSite.Create();
        site.Add("gongbao/2025/01/_issue.md", "---\nyear: 2025\nissue: 1\ntotal_issue: 40\ndate: 2025-01-30\n---\n");
        site.Add("gongbao/2025/01/art-01.md", "---\ntitle: a\ncategory: 政府公报\ndisclosure: 主动公开\ndate: 2025-01-30\norder: 3\n---\n");
        Assert.Equal("content/gongbao/2025/02/_issue.md", New(site, "bulletin-issue", "--date", "2025-02-28"));
        Assert.Equal("---\nyear: 2025\nissue: 2\ntotal_issue: 41\ndate: 2025-02-28\ndraft: true\n---\n\n本期要目见目录。\n", File.ReadAllText(Path.Combine(site.Root, "content/gongbao/2025/02/_issue.md")));
        var rel = New(site, "bulletin-article", "关于某事的通知", "--issue", "2025-01", "--date", "2025-02-28");
        Assert.Equal("content/gongbao/2025/01/art-04.md", rel);
        Assert.Contains("order: 4\n", File.ReadAllText(Path.Combine(site.Root, rel)));
    }

    [Fact]
    public void UnknownKind_IsAUsageError()
    {
        using var site = LintSite.Create();
        var stderr = new StringWriter();
        Assert.Equal(2, CommandLine.Run(["new", "memo", "x", "--source", site.Root], TextWriter.Null, stderr));
        Assert.Contains("memo", stderr.ToString());
    }
}
