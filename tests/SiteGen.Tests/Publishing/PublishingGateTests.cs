using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Core;

/// <summary>Only 主动公开, non-draft documents dated on or before the build date reach any output file.</summary>
public sealed class PublishingGateTests
{
    private static TestSite SiteWithHidden()
    {
        var site = new TestSite();
        site.AddBytes("x/secret-att.pdf", "%PDF-1.4 HIDDENATTACHMENT"u8.ToArray());
        site.AddBytes("x/secret-fig.png", "HIDDENIMAGE"u8.ToArray());
        site.Doc("x/public.md", "title: 公开的通知");
        site.Doc("x/ysq.md", "title: 依申请CANARYA\ndisclosure: 依申请公开\ndisclosure_reason: 第二十七条\nattachments:\n  - file: secret-att.pdf\n    title: 附件CANARYA", body: "正文CANARYA ![图CANARYA](secret-fig.png)");
        site.Doc("x/bygk.md", "title: 不予公开CANARYB\ndisclosure: 不予公开\ndisclosure_reason: 第十四条");
        site.Doc("x/draft.md", "title: 草稿CANARYC\ndraft: true");
        site.Doc("x/future.md", "title: 未来CANARYD\ndate: 2026-01-02");
        return site;
    }

    [Fact]
    public void OnlyProactiveCurrentNonDraftDocuments_ArePublished()
    {
        using var site = SiteWithHidden();
        var result = site.Build(asOf: "2026-01-01");
        result.NoErrors();
        Assert.Equal(["x/public"], result.Site!.Documents.Select(d => d.Id));
        foreach (var (file, text) in OutputScanner.AllTexts(site.Out))
            Assert.False(text.Contains("CANARY"), $"{file} leaks a hidden document");
        // x/ysq.md's page would be x/ysq.html; the theme's 依申请公开 guide (xxgk/ysqgk/) is not it.
        Assert.DoesNotContain(OutputScanner.AllNames(site.Out), n => n.Contains("secret") || n.Contains("x/ysq") || n.Contains("draft") || n.Contains("future"));
    }

    [Fact]
    public void DocumentDatedOnTheBuildDate_IsPublished()
    {
        using var site = SiteWithHidden();
        var result = site.Build(asOf: "2026-01-02");
        Assert.Contains("x/future", result.Site!.Documents.Select(d => d.Id));
    }

    [Fact]
    public void HiddenDocuments_AreNotCounted()
    {
        using var site = SiteWithHidden();
        site.Build(asOf: "2026-01-01");
        var column = site.Read("xxgk/fdzdgk/tzgg/index.html");
        Assert.Contains("共 1 条", column);
    }
}
