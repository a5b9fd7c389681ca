using System.Collections.Concurrent;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering;

/// <summary>What every page kind needs: the site model, views, the renderer and the output.</summary>
internal sealed class RenderContext
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<Document>> _subtree = new(StringComparer.Ordinal);

    public RenderContext(SiteModel site, Theme theme, OutputWriter output, DiagnosticBag diagnostics, FileChecker files, string contentDir)
    {
        Site = site;
        Output = output;
        Diagnostics = diagnostics;
        ContentDir = contentDir;
        Files = files;
        Theme = theme;
        SiteView = SiteView.From(site);
        Docs = new DocViewFactory(site, contentDir);
        Pages = new PageRenderer(theme, SiteView, diagnostics);
        ColumnIntros = ColumnIntroHtml.Render(site.ColumnIntros, site.Config.Limits.MaxHtmlDepth, diagnostics);
    }

    public SiteModel Site { get; }
    public Theme Theme { get; }
    public OutputWriter Output { get; }
    public DiagnosticBag Diagnostics { get; }
    public string ContentDir { get; }
    public FileChecker Files { get; }
    public SiteView SiteView { get; }
    public DocViewFactory Docs { get; }
    public PageRenderer Pages { get; }
    /// <summary>Column intros as HTML by column id, made once for every page that shows them.</summary>
    public IReadOnlyDictionary<string, string> ColumnIntros { get; }

    /// <summary>Documents of a column and all its sub-columns, newest first.</summary>
    public IReadOnlyList<Document> Subtree(Column column) => _subtree.GetOrAdd(column.Id, _ =>
        column.Children.Count == 0
            ? Site.ByColumn[column.Id]
            : SiteModel.NewestFirst(column.SelfAndDescendants().SelectMany(c => Site.ByColumn[c.Id])).ToList());

    /// <summary>Renders and writes one page; nothing is written when the template failed (the error is reported).</summary>
    public void Write(string template, PageView page, string source, IReadOnlyDictionary<string, object?>? values = null, bool layout = true)
    {
        if (Pages.RenderText(template, page, source, values, layout) is { } html) Output.Write(page.Path, html.Span, source);
    }

    public IReadOnlyList<LinkView> Crumbs(Column? column, params LinkView[] tail)
    {
        var list = new List<LinkView> { new("首页", "index.html") };
        if (column is not null)
        {
            list.AddRange(column.Ancestors().Reverse().Select(c => LinkView.To(c.Name, c.Url)));
            list.Add(LinkView.To(column.Name, column.Url));
        }
        list.AddRange(tail);
        return list;
    }

    /// <summary>
    /// A page of its own kind that belongs to a column (依申请公开, a 建议提案 summary, a 汇编): the
    /// column's trail with the page's own links after it, the column's meta tags and top section.
    /// </summary>
    public PageView PageUnder(Column column, string kind, string title, string path, string description, params LinkView[] tail) => new()
    {
        Kind = kind,
        Title = title,
        Path = path,
        Breadcrumbs = Crumbs(column, tail),
        Meta = MetaTags.ForColumn(Site, column),
        Description = description,
        Canonical = Canonical(path),
        Section = TopSection(column),
    };

    public string? Canonical(string path) => Site.Config.BaseUrl.Length == 0 ? null : Site.Config.BaseUrl + RelativeUrl.Escape(path);

    public static string TopSection(Column? column) => column is null ? "" : column.Ancestors().LastOrDefault()?.Id ?? column.Id;
}
