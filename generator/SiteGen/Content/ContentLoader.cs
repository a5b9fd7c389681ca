using System.Collections.Concurrent;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Text;

namespace SiteGen.Content;

/// <summary>The files under content/ that are not Markdown (attachments, images, PDFs): later stages check and copy them.</summary>
internal sealed record ContentTree(IReadOnlySet<string> Assets, string ContentDir)
{
    /// <summary>Files under content/ that are links leading out of the site (or into a loop): reported where they are and where they are used, never read.</summary>
    public IReadOnlySet<string> Refused { get; init; } = new HashSet<string>();
}

/// <summary>
/// The load stage's result: the Markdown files as raw text, sorted by path, and the other files.
/// Kept apart so that the texts, needed only by validation, are not carried with the tree.
/// </summary>
internal sealed record LoadedContent(IReadOnlyList<SourceFile> Sources, ContentTree Tree);

/// <summary>
/// The load stage: reads content/ in parallel. Files are returned sorted by path, so nothing
/// downstream depends on the order the file system lists them in. A file too large, with too long
/// lines or not UTF-8 is reported here and left out; what its text says is validation's business.
/// </summary>
internal static class ContentLoader
{
    public const string ContentFolder = "content";

    public static LoadedContent Load(string siteDir, ContentLimits limits, DiagnosticBag diagnostics)
    {
        var contentDir = Path.Combine(siteDir, ContentFolder);
        if (!Directory.Exists(contentDir))
        {
            diagnostics.Error(SourcePosition.FileStart(ContentFolder), DiagnosticCodes.MissingFile, "找不到 content 目录。", "文档应放在站点目录下的 content/ 中。");
            return new LoadedContent([], new ContentTree(new HashSet<string>(), contentDir));
        }
        // Links are followed only while they stay inside the site (SiteBoundary); names starting
        // with '.' are skipped, as before.
        var refused = new HashSet<string>(StringComparer.Ordinal);
        var all = new SiteBoundary(siteDir).Files(contentDir, ContentFolder, diagnostics, refused).Select(f => f.Relative).ToList();
        var markdown = all.Where(f => f.EndsWith(".md", StringComparison.Ordinal)).ToList();
        var assets = all.Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var files = new ConcurrentBag<SourceFile>();
        Parallel.ForEach(markdown, rel =>
        {
            if (Read(contentDir, rel, diagnostics, limits) is { } file) files.Add(file);
        });
        return new LoadedContent(files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), new ContentTree(assets, contentDir) { Refused = refused });
    }

    /// <summary>One Markdown file (path relative to content/), or null with diagnostics; `serve --watch` re-reads edited files with it.</summary>
    public static SourceFile? Read(string contentDir, string rel, DiagnosticBag diagnostics, ContentLimits? limits = null)
    {
        var path = $"{ContentFolder}/{rel}";
        limits ??= ContentLimits.Default;
        if (TextLimits.Read(Path.Combine(contentDir, rel), path, limits, diagnostics) is not { } bytes) return null;
        var text = ContentText.Decode(bytes, path, diagnostics);
        if (text is null || !TextLimits.LinesFit(text, path, 0, limits, diagnostics)) return null;
        var id = rel[..^3];
        var name = Path.GetFileName(id);
        var kind = name switch { "_index" => SourceKind.ColumnIntro, "_issue" => SourceKind.BulletinIssue, _ => SourceKind.Document };
        if (kind != SourceKind.Document) id = id.Contains('/') ? id[..id.LastIndexOf('/')] : "";
        return new SourceFile(path, id, kind, text);
    }
}
