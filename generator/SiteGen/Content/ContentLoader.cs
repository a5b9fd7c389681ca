using System.Collections.Concurrent;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Text;

namespace SiteGen.Content;

/// <summary>Everything under content/: Markdown files split into front matter and body, and the other files (attachments, images, PDFs).</summary>
internal sealed record ContentTree(IReadOnlyList<SourceFile> Files, IReadOnlySet<string> Assets, string ContentDir)
{
    /// <summary>Files under content/ that are links leading out of the site (or into a loop): reported where they are and where they are used, never read.</summary>
    public IReadOnlySet<string> Refused { get; init; } = new HashSet<string>();
}

/// <summary>
/// Reads content/ in parallel. Files are returned sorted by path, so nothing downstream depends on
/// the order the file system lists them in. A caller that can finish with a file as soon as it is
/// read (validation does) passes <c>consume</c>: files it took are not kept in the tree.
/// </summary>
internal static class ContentLoader
{
    public const string ContentFolder = "content";

    public static ContentTree Load(string siteDir, DiagnosticBag diagnostics, Func<SourceFile, bool>? consume = null, ContentLimits? limits = null)
    {
        var contentDir = Path.Combine(siteDir, ContentFolder);
        if (!Directory.Exists(contentDir))
        {
            diagnostics.Error(SourcePosition.FileStart(ContentFolder), DiagnosticCodes.MissingFile, "找不到 content 目录。", "文档应放在站点目录下的 content/ 中。");
            return new ContentTree([], new HashSet<string>(), contentDir);
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
            if (Read(contentDir, rel, diagnostics, limits) is { } file && consume?.Invoke(file) != true) files.Add(file);
        });
        return new ContentTree(files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(), assets, contentDir) { Refused = refused };
    }

    /// <summary>One Markdown file (path relative to content/), or null with diagnostics; `serve --watch` re-reads edited files with it.</summary>
    public static SourceFile? Read(string contentDir, string rel, DiagnosticBag diagnostics, ContentLimits? limits = null)
    {
        var path = $"{ContentFolder}/{rel}";
        limits ??= ContentLimits.Default;
        if (TextLimits.Read(Path.Combine(contentDir, rel), path, limits, diagnostics) is not { } bytes) return null;
        var text = ContentText.Decode(bytes, path, diagnostics);
        if (text is null || !TextLimits.LinesFit(text, path, 0, limits, diagnostics)) return null;
        var (map, body, bodyLine) = FrontMatter.Split(text, path, diagnostics);
        if (map is null)
        {
            // A draft whose 文档属性 cannot even be parsed is still a draft: its error reads as a
            // warning (it is never published), so half-written work never stops the site.
            if (FrontMatter.DeclaresDraft(text)) diagnostics.MarkDraft(path);
            return null;
        }
        var id = rel[..^3];
        var name = Path.GetFileName(id);
        var kind = name switch { "_index" => SourceKind.ColumnIntro, "_issue" => SourceKind.BulletinIssue, _ => SourceKind.Document };
        if (kind != SourceKind.Document) id = id.Contains('/') ? id[..id.LastIndexOf('/')] : "";
        return new SourceFile(path, id, kind, map, body, bodyLine);
    }
}
