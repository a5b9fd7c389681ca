using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Core;

public sealed class OutputTests
{
    [Fact]
    public void FailedBuild_LeavesThePreviousOutputUntouched()
    {
        using var site = new TestSite();
        site.Doc("a.md");
        site.Build().NoErrors();
        var before = OutputScanner.Hashes(site.Out);
        site.Doc("b.md", "category: 不存在");
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Equal(before, OutputScanner.Hashes(site.Out));
        Assert.DoesNotContain(Directory.GetDirectories(site.Root), d => Path.GetFileName(d).Contains("staging"));
    }

    [Fact]
    public void TwoBuilds_AreByteIdentical()
    {
        using var site = new TestSite();
        for (var i = 0; i < 30; i++) site.Doc($"x/{i:D2}.md", $"title: 通知{i % 7}\ndate: 2025-0{1 + i % 9}-1{i % 9}");
        site.Build().NoErrors();
        var first = OutputScanner.Hashes(site.Out);
        site.Build().NoErrors();
        Assert.Equal(first, OutputScanner.Hashes(site.Out));
    }

    [Fact]
    public void Alias_WritesARedirectPage()
    {
        using var site = new TestSite();
        site.Doc("x/new.md", "aliases:\n  - /old/page.html\n  - /old/dir/");
        site.Build().NoErrors();
        Assert.Contains("url=../x/new.html", site.Read("old/page.html"));
        Assert.Contains("url=../../x/new.html", site.Read("old/dir/index.html"));
    }

    [Fact]
    public void AttachmentsAndImages_AreCopiedBesideThePage()
    {
        using var site = new TestSite();
        site.AddBytes("x/fj.pdf", "%PDF-1.4"u8.ToArray());
        site.AddBytes("x/tu.png", [0x89, 0x50]);
        site.AddBytes("x/unused.pdf", "%PDF"u8.ToArray());
        site.Doc("x/a.md", "attachments:\n  - file: fj.pdf\n    title: 附件一", body: "![流程图](tu.png)");
        site.Build().NoErrors();
        Assert.True(site.Exists("x/fj.pdf"));
        Assert.True(site.Exists("x/tu.png"));
        Assert.False(site.Exists("x/unused.pdf"));
        Assert.Contains("href=\"../x/fj.pdf\"", site.Read("x/a.html"));
    }

    [Fact]
    public void FilesThatRawHtmlRefersTo_AreCheckedAndCopied()
    {
        using var site = new TestSite();
        site.AddBytes("x/tu.png", [0x89, 0x50]);
        site.AddBytes("x/fj.pdf", "%PDF"u8.ToArray());
        site.Doc("x/a.md", body: "<p><img src=\"tu.png\" alt=\"流程图\"> <a href=\"fj.pdf\">附件</a></p>");
        site.Build().NoErrors();
        Assert.True(site.Exists("x/tu.png"));
        Assert.True(site.Exists("x/fj.pdf"));

        site.Doc("x/b.md", body: "正文\n\n<img src=\"nope.png\" alt=\"缺\">");
        var d = site.Build().Single("missing-file");
        Assert.Equal(("content/x/b.md", 10, 1), (d.Path, d.Line, d.Column));
    }

    [Fact]
    public void ContentIsNeverATemplate()
    {
        using var site = new TestSite();
        site.Doc("a.md", "title: \"{{ site.title }} 标题\"", body: "正文 {{ site.title }} 和 {% raw %}");
        site.Build().NoErrors();
        var html = site.Read("a.html");
        Assert.Contains("{{ site.title }} 标题", html);
        Assert.Contains("正文 {{ site.title }} 和 {% raw %}", html);
    }

    [Fact]
    public void SiteLayouts_OverrideTheTheme()
    {
        using var site = new TestSite();
        site.Doc("a.md");
        Directory.CreateDirectory(Path.Combine(site.Root, "layouts"));
        File.WriteAllText(Path.Combine(site.Root, "layouts", "document.sbn"), "<h1>OVERRIDDEN {{ doc.title }}</h1>");
        site.Build().NoErrors();
        Assert.Contains("OVERRIDDEN 关于测试工作的通知", site.Read("a.html"));
    }

    [Fact]
    public void UnknownFrontMatterKeys_ReachTemplatesAsDocExtra_AndDocumentsWithoutThemShareNothing()
    {
        using var site = new TestSite();
        site.Doc("a.md", "custom_note: 第一篇的备注").Doc("b.md").Doc("c.md");
        Directory.CreateDirectory(Path.Combine(site.Root, "layouts"));
        // A theme that writes to doc.extra must not change what other documents see (documents
        // without unknown keys share one empty, read-only dictionary).
        File.WriteAllText(Path.Combine(site.Root, "layouts", "document.sbn"),
            "<p id=\"note\">[{{ doc.extra.custom_note }}]</p>");
        site.Build().NoErrors();
        Assert.Contains("<p id=\"note\">[第一篇的备注]</p>", site.Read("a.html"));
        Assert.Contains("<p id=\"note\">[]</p>", site.Read("b.html"));
        Assert.Contains("<p id=\"note\">[]</p>", site.Read("c.html"));

        File.WriteAllText(Path.Combine(site.Root, "layouts", "document.sbn"), "{{ doc.extra[\"injected\"] = \"x\" }}[{{ doc.extra.injected }}]");
        var result = site.Build(write: false);
        Assert.Equal(3, result.Diagnostics.Count(d => d.Code == "theme"));
    }

    [Fact]
    public void TemplateError_NamesPageAndTemplateLine()
    {
        using var site = new TestSite();
        site.Doc("a.md");
        Directory.CreateDirectory(Path.Combine(site.Root, "layouts"));
        File.WriteAllText(Path.Combine(site.Root, "layouts", "document.sbn"), "<h1>\n{{ doc.title | nosuchfunction }}</h1>");
        var d = site.Build().Diagnostics.First(d => d.Code == "theme");
        Assert.Equal("content/a.md", d.Path);
        Assert.Contains("layouts/document.sbn:2:", d.Message);
    }
}
