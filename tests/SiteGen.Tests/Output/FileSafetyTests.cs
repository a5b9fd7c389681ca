using SiteGen.Output;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Security;

/// <summary>Attachments of active types (HTML, JS, SVG) are refused; output file names carry no control characters or path segments.</summary>
public sealed class FileSafetyTests
{
    [Theory]
    [InlineData("xxgk/fdzdgk/tzgg/index.html")]
    [InlineData("xxgk/tzgg/2025/附件1：任务分解表.pdf")]
    [InlineData("xxgk/tzgg/𠮷祥.pdf")]
    [InlineData("gongbao/2025/01/gongbao-2025-01.pdf")]
    public void OutputPath_AcceptsOrdinaryNames(string path) => Assert.True(OutputPath.IsSafe(path));

    [Theory]
    [InlineData("../index.html")]
    [InlineData("a/../../b.html")]
    [InlineData("a/./b.html")]
    [InlineData("/etc/passwd")]
    [InlineData("a//b.html")]
    [InlineData("a/")]
    [InlineData("a\\b.html")]
    [InlineData("c:/b.html")]
    [InlineData("a\u0001b.pdf")]
    [InlineData("a\nb.pdf")]
    [InlineData("invoice\u202Efdp.exe")]
    [InlineData("a\u200Bb.pdf")]
    [InlineData("a\u2028b.pdf")]
    [InlineData("a /b.pdf")]
    [InlineData("a/b.")]
    public void OutputPath_RefusesUnsafeNames(string path) => Assert.False(OutputPath.IsSafe(path));

    [Fact]
    public void OutputPath_RefusesLoneSurrogate() => Assert.False(OutputPath.IsSafe("a" + (char)0xD800 + "b.pdf"));

    [Theory]
    [InlineData("tu.svg", "SVG")]
    [InlineData("page.html", "允许的类型")]
    [InlineData("x.js", "允许的类型")]
    [InlineData("x.exe", "允许的类型")]
    public void ActiveAttachmentTypes_AreRefused(string file, string hint)
    {
        using var site = new TestSite();
        site.AddBytes($"xxgk/tzgg/{file}", "<svg onload=alert(1)></svg>"u8.ToArray());
        site.Doc("xxgk/tzgg/a.md", $"attachments:\n  - file: {file}\n    title: 附件");
        var result = site.Build();
        var error = result.Single("file-type");
        Assert.Equal("content/xxgk/tzgg/a.md", error.Path);
        Assert.Contains(hint, error.Hint, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void SvgImage_InBody_IsRefused()
    {
        using var site = new TestSite();
        site.AddBytes("xxgk/tzgg/tu.svg", "<svg onload=alert(1)></svg>"u8.ToArray());
        site.Doc("xxgk/tzgg/a.md", body: "正文\n\n![流程图](tu.svg)");
        var error = site.Build().Single("file-type");
        Assert.Equal(("content/xxgk/tzgg/a.md", 10, 1), (error.Path, error.Line, error.Column));
    }

    [Fact]
    public void DocumentFileName_WithBidiOverride_IsNotWritten()
    {
        using var site = new TestSite();
        site.Doc("xxgk/tzgg/tongzhi\u202Elmth.md");
        var result = site.Build();
        var error = result.Single("unsafe-path");
        Assert.Contains("\\u202E", error.Message, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Alias_WithMarkupInItsName_IsNotWritten()
    {
        using var site = new TestSite();
        site.Doc("xxgk/tzgg/a.md", "aliases: [\"/old/<script>alert(1)</script>.html\"]");
        var result = site.Build();
        Assert.Equal("content/xxgk/tzgg/a.md", result.Single("unsafe-path").Path);
        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("/old/site.js")]
    [InlineData("old/tu.svg")]
    [InlineData("../../etc/x.html")]
    public void Alias_ThatIsNotAnHtmlPageInsideTheSite_IsRefused(string alias)
    {
        using var site = new TestSite();
        site.Doc("xxgk/tzgg/a.md", $"aliases: [\"{alias}\"]");
        var result = site.Build();
        Assert.Equal("bad-value", result.Single("bad-value").Code);
    }
}
