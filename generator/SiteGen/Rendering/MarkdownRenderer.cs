using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>A document body as HTML, and the files under content/ it uses (to be copied beside the page).</summary>
internal sealed record RenderedBody(string Html, IReadOnlyList<string> Assets, string PlainText, IReadOnlyList<string> ExternalLinks);

/// <summary>
/// Markdown to HTML for document bodies. Links and images are checked here, where their line is
/// known: relative files must exist inside content/ and be of an allowed type, links to other
/// documents' .md files become links to their pages, and script-bearing URLs are removed. Raw
/// HTML goes through <see cref="HtmlSanitizerPolicy"/>. Content is never treated as a template.
/// </summary>
internal sealed class MarkdownRenderer(SiteModel site, FileChecker files, DiagnosticBag diagnostics)
{
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseFootnotes()
        .UseAutoLinks()
        .Build();

    public RenderedBody Render(Document document) => Render(document.Body, document.BodyLine, document.SourcePath, document.Folder, site.PagePath.GetValueOrDefault(document.Id) ?? "");

    public RenderedBody Render(string markdown, int bodyLine, string sourcePath, string folder, string pagePath)
    {
        var parsed = MarkdownNesting.Parse(markdown, Pipeline, bodyLine, sourcePath, site.Config.Limits.MaxHtmlDepth, diagnostics);
        if (parsed is null) return new RenderedBody("", [], "", []);
        var assets = new List<string>();
        var external = new List<string>();
        foreach (var node in parsed.Descendants())
        {
            switch (node)
            {
                case HeadingBlock { Level: 1 } heading:
                    // The page title is the only h1; a body's "# x" becomes a section heading.
                    heading.Level = 2;
                    break;
                case LinkInline link:
                    CheckLink(link, bodyLine, sourcePath, folder, pagePath, assets, external);
                    break;
            }
        }
        var html = BodyHtml.Render(parsed, Pipeline, bodyLine, sourcePath, diagnostics, out var rawUrls);
        foreach (var (url, at) in rawUrls) CheckRawHtmlUrl(url, at, folder, assets, external);
        return new RenderedBody(html, assets, PlainText.FromMarkdown(parsed), external);
    }

    /// <summary>
    /// A file that raw HTML in the body refers to (`&lt;img src="tu.png"&gt;`, a link to an
    /// attachment) is checked and copied like a Markdown link's. Links to pages (.html) and anchors
    /// are left to the link checker, which verifies them in the output.
    /// </summary>
    private void CheckRawHtmlUrl(string url, SourcePosition at, string folder, List<string> assets, List<string> external)
    {
        if (UrlSafety.IsExternal(url))
        {
            external.Add(url);
            return;
        }
        var (pathPart, _) = SplitFragment(url);
        if (pathPart.Length == 0 || pathPart.EndsWith('/') || pathPart.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || pathPart.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            return;
        string decoded;
        try { decoded = Uri.UnescapeDataString(pathPart); }
        catch (UriFormatException) { decoded = pathPart; }
        if (files.Check(folder, decoded, at, "正文 HTML 引用的") is { } asset) assets.Add(asset);
    }


    private void CheckLink(LinkInline link, int bodyLine, string sourcePath, string folder, string pagePath, List<string> assets, List<string> external)
    {
        var url = link.Url ?? "";
        var at = new SourcePosition(sourcePath, link.Line + bodyLine, link.Column + 1);
        if (link.IsImage && link.FirstChild is null)
            diagnostics.Error(at, DiagnosticCodes.ImageAlt, $"图片“{url}”没有替代文字，视障读者无法获知图片内容。", "写成 `![图片内容的简短描述](文件名.png)`。");
        if (UrlSafety.IsDangerous(url))
        {
            BodyHtml.WarnUnsafeUrl(diagnostics, at, url);
            link.Url = "#";
            return;
        }
        if (UrlSafety.IsExternal(url))
        {
            external.Add(url);
            return;
        }
        if (url.Length == 0 || url.StartsWith('#')) return;
        var (pathPart, fragment) = SplitFragment(url);
        var decoded = Uri.UnescapeDataString(pathPart);
        if (decoded.EndsWith(".md", StringComparison.Ordinal))
        {
            var target = AssetPolicy.Resolve(folder, decoded);
            var targetId = target?[..^3];
            if (targetId is not null && site.PagePath.TryGetValue(targetId, out var targetPage))
            {
                link.Url = RelativeUrl.Between(pagePath, targetPage) + fragment;
                return;
            }
            diagnostics.Warning(at, DiagnosticCodes.BrokenRef, $"正文链接“{url}”指向的文档不存在或不公开，链接已移除。", "请核对路径（相对于本文件）。");
            link.Url = "#";
            return;
        }
        var asset = files.Check(folder, decoded, at, link.IsImage ? "图片" : "正文链接的");
        if (asset is null)
        {
            link.Url = "#";
            return;
        }
        assets.Add(asset);
    }

    private static (string Path, string Fragment) SplitFragment(string url)
    {
        var i = url.IndexOfAny(['#', '?']);
        return i < 0 ? (url, "") : (url[..i], url[i..]);
    }
}
