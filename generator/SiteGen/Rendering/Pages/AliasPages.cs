using SiteGen.Diagnostics;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// Old URLs that must keep working (`aliases`): a small page at the old path that sends the reader
/// to the document, with a meta refresh (no script, so it works under the CSP and from disk) and a link.
/// </summary>
internal sealed class AliasPages : IPageKind
{
    /// <summary>An alias page shows its document's title and page.</summary>
    public PageSelection Affected(SiteChange change) => PageSelection.If(change.Any((_, d) => d.Aliases.Count > 0));

    public void Render(RenderContext context)
    {
        var site = context.Site;
        foreach (var d in site.Documents)
        {
            foreach (var alias in d.Aliases)
            {
                var path = PathOf(alias.Target);
                if (path is null)
                {
                    context.Diagnostics.Error(alias.At, DiagnosticCodes.BadValue, $"旧网址“{alias.Target}”不是本站的相对路径。", "写成 `/old/path/page.html` 或 `old/dir/` 这样的站内网页路径。");
                    continue;
                }
                var target = RelativeUrl.Between(path, site.PagePath[d.Id]);
                context.Write("alias", new PageView { Kind = "alias", Title = d.Title, Path = path, Meta = MetaTags.ForSite(site) }, d.SourcePath,
                    new Dictionary<string, object?> { ["target"] = target, ["title"] = d.Title }, layout: false);
            }
        }
    }

    /// <summary>"/a/b/" → a/b/index.html, "/a/b.html" → a/b.html; null for anything leaving the site or not an HTML page.</summary>
    public static string? PathOf(string alias)
    {
        var a = alias.Trim();
        if (a.Contains("://", StringComparison.Ordinal) || a.Contains('\\') || a.Contains('?') || a.Contains('#')) return null;
        var dir = a.EndsWith('/');
        var segments = a.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || segments.Any(s => s is "." or ".." || s.Any(char.IsControl))) return null;
        var path = string.Join('/', segments);
        if (dir || !Path.HasExtension(path)) return $"{path}/index.html";
        // The alias page is HTML: written as `x.js` or `x.svg` it would be served as script or image.
        return Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm" ? path : null;
    }
}
