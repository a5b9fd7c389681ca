using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Limits;

/// <summary>
/// Nothing outside the site is read or published: links leaving the site (to a canary file beside
/// it) are errors naming the file and line, loops end, and links that stay inside are followed.
/// </summary>
public sealed class PathEscapeTests : IDisposable
{
    private const string Canary = "CANARY-OUTSIDE-THE-SITE-7f3a";
    private readonly TempDir _outside = new("sitegen-outside");
    private readonly TestSite _site = new();

    public PathEscapeTests()
    {
        System.IO.File.WriteAllText(_outside.File("passwd"), Canary);
        Directory.CreateDirectory(_outside.File("dir"));
        System.IO.File.WriteAllText(_outside.File("dir/附件.pdf"), Canary);
    }

    public void Dispose()
    {
        _site.Dispose();
        _outside.Dispose();
    }

    private string Content(string relative) => Path.Combine(_site.Root, "content", relative);

    private void AssertNothingFromOutside()
    {
        if (!Directory.Exists(_site.Out)) return;
        Assert.DoesNotContain(OutputScanner.AllTexts(_site.Out), t => t.Text.Contains(Canary, StringComparison.Ordinal));
    }

    [Fact]
    public void AttachmentLinkedOutOfTheSite_IsAnErrorAtTheAttachmentLine_AndNotPublished()
    {
        Directory.CreateDirectory(Content("xxgk/tzgg"));
        File.CreateSymbolicLink(Content("xxgk/tzgg/附件.pdf"), _outside.File("passwd"));
        _site.Doc("xxgk/tzgg/a.md", "attachments:\n  - file: 附件.pdf\n    title: 附件");
        var result = _site.Build();
        var errors = result.Diagnostics.Where(d => d.Code == "path-escape").ToList();
        Assert.Contains(errors, d => (d.Path, d.Line) == ("content/xxgk/tzgg/a.md", 7));
        Assert.Contains(errors, d => d.Path == "content/xxgk/tzgg/附件.pdf");
        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(_site.Out));
    }

    [Fact]
    public void MarkdownLinkedOutOfTheSite_IsNotRead()
    {
        System.IO.File.WriteAllText(_outside.File("doc.md"), $"---\ntitle: {Canary}\ncategory: 通知公告\ndisclosure: 主动公开\ndate: 2025-03-01\n---\n\n{Canary}\n");
        _site.Doc("xxgk/tzgg/a.md");
        File.CreateSymbolicLink(Content("xxgk/tzgg/b.md"), _outside.File("doc.md"));
        var result = _site.Build();
        Assert.Equal("content/xxgk/tzgg/b.md", result.Single("path-escape").Path);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains(Canary, StringComparison.Ordinal));
    }

    [Fact]
    public void FolderLinkedOutOfTheSite_IsAnError()
    {
        _site.Doc("xxgk/tzgg/a.md", body: "[附件](out/附件.pdf)");
        Directory.CreateSymbolicLink(Content("xxgk/tzgg/out"), _outside.File("dir"));
        var result = _site.Build();
        Assert.Contains(result.Diagnostics, d => d.Code == "path-escape" && d.Path == "content/xxgk/tzgg/out");
        Assert.False(result.Succeeded);
        AssertNothingFromOutside();
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../..")]
    [InlineData(".")]
    public void FolderLinkLoop_EndsWithAnError(string target)
    {
        _site.Doc("xxgk/tzgg/a.md");
        Directory.CreateSymbolicLink(Content("xxgk/tzgg/loop"), target);
        var result = _site.Build();
        Assert.Contains(result.Diagnostics, d => d.Code == "path-escape" && d.Path.StartsWith("content/xxgk/tzgg/loop", StringComparison.Ordinal));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void LinkToLinkLoop_EndsWithAnError()
    {
        _site.Doc("xxgk/tzgg/a.md");
        File.CreateSymbolicLink(Content("xxgk/tzgg/x.pdf"), "y.pdf");
        File.CreateSymbolicLink(Content("xxgk/tzgg/y.pdf"), "x.pdf");
        var result = _site.Build();
        Assert.Contains(result.Diagnostics, d => d.Code == "path-escape" && d.Path == "content/xxgk/tzgg/x.pdf" && d.Message.Contains("循环", StringComparison.Ordinal));
    }

    [Fact]
    public void LinkThatStaysInsideTheSite_IsFollowed()
    {
        Directory.CreateDirectory(Path.Combine(_site.Root, "shared"));
        System.IO.File.WriteAllText(Path.Combine(_site.Root, "shared", "指南.pdf"), "%PDF-1.4 shared");
        Directory.CreateDirectory(Content("xxgk/tzgg"));
        File.CreateSymbolicLink(Content("xxgk/tzgg/指南.pdf"), Path.Combine("..", "..", "..", "shared", "指南.pdf"));
        Directory.CreateSymbolicLink(Content("xxgk/tzgg/files"), Path.Combine(_site.Root, "shared"));
        _site.Doc("xxgk/tzgg/a.md", "attachments:\n  - file: 指南.pdf\n    title: 指南\n  - file: files/指南.pdf\n    title: 指南二");
        _site.Build().NoErrors();
        Assert.Equal("%PDF-1.4 shared", _site.Read("xxgk/tzgg/指南.pdf"));
    }

    [Fact]
    public void SiteYmlLinkedOutOfTheSite_IsAnError()
    {
        System.IO.File.WriteAllText(_outside.File("site.yml"), TestSite.MinimalSiteYml);
        File.Delete(Path.Combine(_site.Root, "site.yml"));
        File.CreateSymbolicLink(Path.Combine(_site.Root, "site.yml"), _outside.File("site.yml"));
        _site.Doc("xxgk/tzgg/a.md");
        Assert.Equal("site.yml", _site.Build().Single("path-escape").Path);
    }

    [Fact]
    public void StaticFileLinkedOutOfTheSite_IsNotPublished()
    {
        _site.Doc("xxgk/tzgg/a.md");
        Directory.CreateDirectory(Path.Combine(_site.Root, "static"));
        File.CreateSymbolicLink(Path.Combine(_site.Root, "static", "robots.txt"), _outside.File("passwd"));
        var result = _site.Build();
        Assert.Equal("static/robots.txt", result.Single("path-escape").Path);
        AssertNothingFromOutside();
    }

    [Fact]
    public void LayoutLinkedOutOfTheSite_IsNotRead()
    {
        _site.Doc("xxgk/tzgg/a.md");
        Directory.CreateDirectory(Path.Combine(_site.Root, "layouts"));
        File.CreateSymbolicLink(Path.Combine(_site.Root, "layouts", "document.sbn"), _outside.File("passwd"));
        var result = _site.Build();
        Assert.Contains(result.Diagnostics, d => d.Code == "path-escape" && d.Path == "layouts/document.sbn");
        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("../../../../site.yml")]
    [InlineData("../../../../../etc/passwd")]
    public void DotDotOutOfContent_IsAnErrorAtTheLine(string file)
    {
        _site.Doc("xxgk/tzgg/a.md", $"attachments:\n  - file: \"{file}\"\n    title: 附件");
        var error = _site.Build().Single("path-escape");
        Assert.Equal(("content/xxgk/tzgg/a.md", 7), (error.Path, error.Line));
    }
}
