namespace SiteGen.Rendering.Views;

/// <summary>
/// What a template knows about the page being rendered: its kind and title, where it is (root is
/// the relative prefix back to the site root, "../../" two folders deep), the breadcrumb trail and
/// the national monitoring meta tags (政府网站 SiteName…, ColumnName…, ArticleTitle…).
/// </summary>
internal sealed record PageView
{
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public required string Path { get; init; }
    /// <summary>Set only by a page served at any depth (404.html), which must link from the site root.</summary>
    public string Root { get => _root ?? RelativeUrl.RootPrefix(Path); init => _root = value; }
    private readonly string? _root;
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];
    /// <summary>The trail as markup (<see cref="BreadcrumbTrail.Html"/>), for a theme that writes it as it is.</summary>
    public IMarkup BreadcrumbsHtml => BreadcrumbTrail.Html(this);
    /// <summary>Meta tags in order: name and content.</summary>
    public IReadOnlyList<MetaTag> Meta { get; init; } = [];
    /// <summary>The meta tags as markup (<see cref="MetaTags.Html"/>), for a theme that writes them as they are.</summary>
    public IMarkup MetaHtml => MetaTags.Html(Meta);
    public string? Description { get; init; }
    /// <summary>Absolute URL of the page, only when site.yml sets base_url.</summary>
    public string? Canonical { get; init; }
    /// <summary>The Atom feed of this page's column (site-root-relative), if any.</summary>
    public string? Feed { get; init; }
    /// <summary>Id of the top-level column this page belongs to, for marking the current navigation item.</summary>
    public string? Section { get; init; }
}
