using System.Text;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Core;

/// <summary>One test per diagnostic an editor can meet: file, line, column and code are asserted.</summary>
public sealed class DiagnosticTests
{
    [Fact]
    public void BrokenYaml_PointsAtTheLine()
    {
        using var site = new TestSite();
        site.Add("xxgk/tzgg/a.md", "---\ntitle: 关于测试的通知\ncategory: [通知公告\ndisclosure: 主动公开\n---\n正文\n");
        var d = site.Build().Single("yaml-syntax");
        Assert.Equal("content/xxgk/tzgg/a.md", d.Path);
        Assert.Equal(3, d.Line);
        Assert.Contains("YAML", d.Message);
    }

    [Fact]
    public void UnquotedColonInAValue_IsExplainedInChinese_AtTheColon()
    {
        using var site = new TestSite();
        site.Add("xxgk/tzgg/a.md", "---\ntitle: 关于印发: 实施方案的通知\ncategory: 通知公告\ndisclosure: 主动公开\ndate: 2025-01-02\n---\n正文\n");
        var d = site.Build().Single("yaml-syntax");
        Assert.Equal(("content/xxgk/tzgg/a.md", 2, 12), (d.Path, d.Line, d.Column));
        Assert.Contains("未加引号的冒号", d.Message);
        Assert.Contains("双引号", d.Hint);
    }

    [Fact]
    public void MissingTitle_IsAnError()
    {
        using var site = new TestSite();
        site.Add("a.md", "---\ncategory: 通知公告\ndisclosure: 主动公开\ndate: 2025-01-02\n---\n正文\n");
        var d = site.Build().Single("missing-key");
        Assert.Equal(("content/a.md", 1, 1), (d.Path, d.Line, d.Column));
        Assert.Contains("title", d.Message);
    }

    [Fact]
    public void UnknownColumn_SuggestsTheNearestNames()
    {
        using var site = new TestSite();
        site.Doc("a.md", "category: 政策文见");
        var d = site.Build().Single("unknown-column");
        Assert.Equal(("content/a.md", 3, 11), (d.Path, d.Line, d.Column));
        Assert.Contains("政策文见", d.Message);
        Assert.Contains("政策文件", d.Hint);
    }

    [Fact]
    public void CategoryById_IsAccepted()
    {
        using var site = new TestSite();
        site.Doc("a.md", "category: gfxwj");
        var result = site.Build();
        result.NoErrors();
        Assert.True(site.Exists("a.html"));
    }

    [Fact]
    public void UnknownTopic_IsAnError()
    {
        using var site = new TestSite();
        site.Doc("a.md", "topic: 综合政务/政务公示");
        var d = site.Build().Single("unknown-topic");
        Assert.Equal(6, d.Line);
        Assert.Contains("综合政务/政务公开", d.Hint);
    }

    [Fact]
    public void BadDate_SaysTheFormat()
    {
        using var site = new TestSite();
        site.Doc("a.md", "date: 2025/3/1");
        var d = site.Build().Single("bad-date");
        Assert.Equal(("content/a.md", 5, 7), (d.Path, d.Line, d.Column));
        Assert.Contains("YYYY-MM-DD", d.Hint);
    }

    [Fact]
    public void BadEnumValue_ListsTheAllowedValues()
    {
        using var site = new TestSite();
        site.Doc("a.md", "disclosure: 公开");
        var d = site.Build().Single("bad-value");
        Assert.Equal(4, d.Line);
        Assert.Contains("主动公开", d.Hint);
    }

    [Fact]
    public void WithheldDocumentWithoutReason_IsAnError()
    {
        using var site = new TestSite();
        site.Doc("a.md", "disclosure: 不予公开");
        var d = site.Build().Single("missing-key");
        Assert.Contains("disclosure_reason", d.Message + d.Hint);
        Assert.Equal(4, d.Line);
    }

    [Fact]
    public void MissingAttachment_NamesTheExpectedPath()
    {
        using var site = new TestSite();
        site.Doc("xxgk/a.md", "attachments:\n  - file: fujian1.pdf\n    title: 附件1");
        var d = site.Build().Single("missing-file");
        Assert.Equal(("content/xxgk/a.md", 7, 11), (d.Path, d.Line, d.Column));
        Assert.Contains("content/xxgk/fujian1.pdf", d.Message);
    }

    [Fact]
    public void AttachmentOutsideContent_IsRefused()
    {
        using var site = new TestSite();
        site.Doc("a.md", "attachments:\n  - file: ../../site.yml\n    title: x");
        Assert.Equal("content/a.md", site.Build().Single("path-escape").Path);
    }

    [Fact]
    public void ActiveAttachmentType_IsRefused()
    {
        using var site = new TestSite();
        site.Add("page.html", "<script>alert(1)</script>");
        site.Doc("a.md", "attachments:\n  - file: page.html\n    title: x");
        Assert.Equal(7, site.Build().Single("file-type").Line);
    }

    [Fact]
    public void DuplicateIdsDifferingInCase_AreAnError()
    {
        using var site = new TestSite();
        site.Doc("x/Doc.md").Doc("x/doc.md");
        Assert.Equal(1, site.Build().Diagnostics.Count(d => d.Code == "duplicate-id"));
    }

    [Fact]
    public void DuplicateUrls_FromSlug_AreAnError()
    {
        using var site = new TestSite();
        site.Doc("x/a.md").Doc("x/b.md", "slug: a");
        var d = site.Build().Single("duplicate-url");
        Assert.Equal("content/x/b.md", d.Path);
        Assert.Contains("x/a.html", d.Message);
    }

    [Fact]
    public void ReferenceToMissingDocument_IsAnError()
    {
        using var site = new TestSite();
        site.Doc("jd.md", "category: 政策解读\ninterprets: xxgk/zcwj/nope");
        var d = site.Build().Single("broken-ref");
        Assert.Equal(("content/jd.md", 6, 13), (d.Path, d.Line, d.Column));
    }

    [Fact]
    public void ReferenceToUnpublishedDocument_IsAWarningAndLeaksNothing()
    {
        using var site = new TestSite();
        site.Doc("policy.md", "title: 秘密标题XYZ\ndisclosure: 依申请公开\ndisclosure_reason: 第二十七条");
        site.Doc("jd.md", "title: 解读\ncategory: 政策解读\ninterprets: policy");
        var result = site.Build();
        result.NoErrors();
        var d = result.Single("unpublished-ref");
        Assert.Equal("content/jd.md", d.Path);
        Assert.DoesNotContain("秘密标题XYZ", d.Message);
        Assert.DoesNotContain("秘密标题XYZ", site.Read("jd.html"));
    }

    [Fact]
    public void BulletinKeyNamingNoIssue_IsAnError()
    {
        using var site = new TestSite();
        site.Doc("a.md", "bulletin: 2025-07");
        var d = site.Build().Single("broken-ref");
        Assert.Contains("2025-07", d.Message);
    }

    [Fact]
    public void GbkFile_IsRefusedWithConversionHint()
    {
        using var site = new TestSite();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GBK").GetBytes("---\ntitle: 关于测试的通知\ncategory: 通知公告\ndisclosure: 主动公开\ndate: 2025-01-02\n---\n正文\n");
        site.AddBytes("gbk.md", gbk);
        var d = site.Build().Single("encoding");
        Assert.Equal(("content/gbk.md", 2, 8), (d.Path, d.Line, d.Column));
        Assert.Contains("iconv -f GBK -t UTF-8", d.Hint);
    }

    [Fact]
    public void BomAndCrlf_AreTolerated()
    {
        using var site = new TestSite();
        site.AddBytes("a.md", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("---\r\ntitle: 关于测试的通知\r\ncategory: 通知公告\r\ndisclosure: 主动公开\r\ndate: 2025-01-02\r\n---\r\n正文\r\n")).ToArray());
        site.Build().NoErrors();
        Assert.True(site.Exists("a.html"));
    }

    [Fact]
    public void UnknownKey_WarnsWithTheLikelyKey()
    {
        using var site = new TestSite();
        site.Doc("a.md", "catgory: 通知公告");
        var d = site.Build().Single("unknown-key");
        Assert.Equal(SiteGen.Diagnostics.Severity.Warning, d.Severity);
        Assert.Equal(6, d.Line);
        Assert.Contains("category", d.Hint);
    }

    [Fact]
    public void MissingFrontMatter_IsAnError()
    {
        using var site = new TestSite();
        site.Add("a.md", "# 标题\n正文\n");
        Assert.Equal("content/a.md", site.Build().Single("missing-front-matter").Path);
    }

    [Fact]
    public void ImageWithoutAlt_IsAnError()
    {
        using var site = new TestSite();
        site.AddBytes("x/p.png", [0x89, 0x50, 0x4E, 0x47]);
        site.Doc("x/a.md", body: "第一段。\n\n![](p.png)");
        var d = site.Build().Single("image-alt");
        Assert.Equal(("content/x/a.md", 10, 1), (d.Path, d.Line, d.Column));
    }

    [Fact]
    public void EveryProblem_IsReportedInOneRun()
    {
        using var site = new TestSite();
        site.Doc("a.md", "category: 不存在的栏目").Doc("b.md", "date: 明天").Doc("c.md", "disclosure: 保密");
        var codes = site.Build().Diagnostics.Select(d => d.Code).ToList();
        Assert.Contains("unknown-column", codes);
        Assert.Contains("bad-date", codes);
        Assert.Contains("bad-value", codes);
    }

    [Fact]
    public void Diagnostic_PrintsAsPathLineColumn()
    {
        using var site = new TestSite();
        site.Doc("a.md", "category: 政策文见");
        var text = site.Build().Single("unknown-column").ToString();
        Assert.StartsWith("content/a.md:3:11: 错误 unknown-column: ", text);
    }
}
