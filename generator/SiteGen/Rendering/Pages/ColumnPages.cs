using SiteGen.Model;
using SiteGen.Rendering.Views;
using SiteGen.Text;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// A sub-column with its newest documents, for columns that group others (政府信息公开, 法定主动公开内容),
/// and its own sub-columns, so a grouping column (法定主动公开内容) shows what it contains.
/// </summary>
internal sealed record ColumnCard(LinkView Column, string Description, int Count, IReadOnlyList<DocView> Latest, IReadOnlyList<LinkView> Children);

/// <summary>One page of a column list.</summary>
internal sealed record Pager(int Number, int Count, string? Previous, string? Next, IReadOnlyList<PagerLink> Pages)
{
    /// <summary>Pages linked on either side of the current one (besides the first and the last).</summary>
    public const int Around = 2;

    /// <summary>
    /// The first and last page, and the pages around the current one, with a gap (…) where pages
    /// are left out: a column of 5,000 items has 250 pages, and a row of 250 links helps no reader
    /// (and cost a quadratic share of the build).
    /// </summary>
    public static IReadOnlyList<PagerLink> Window(int current, IReadOnlyList<string> paths)
    {
        var links = new List<PagerLink>();
        for (var n = 1; n <= paths.Count; n++)
        {
            if (n == 1 || n == paths.Count || Math.Abs(n - current) <= Around)
                links.Add(new PagerLink(n.ToString(), RelativeUrl.Escape(paths[n - 1]), n == current, false));
            else if (links[^1] is { Gap: false })
                links.Add(new PagerLink("…", "", false, true));
        }
        return links;
    }
}

/// <summary>A page number in a pager, the current page, or a gap standing for the pages left out.</summary>
internal sealed record PagerLink(string Title, string Url, bool Current, bool Gap);

/// <summary>
/// Column pages (栏目): a column that groups others shows each sub-column with its newest items;
/// a column with documents lists them newest first, paginated, with a by-year archive and a list
/// of 废止和失效 documents. An empty column says so plainly.
/// </summary>
internal sealed class ColumnPages : IPageKindByPart
{
    public const int CardItems = 5;

    /// <summary>
    /// A column's pages list the entries of its documents; its cards and counts those of its
    /// sub-columns (so every column above a listed document shows it), and the 汇编's column links it.
    /// </summary>
    public PageSelection Affected(SiteChange change)
    {
        var columns = change.Listed.SelectMany(x => x.Site.Columns[x.Document.ColumnId].Ancestors().Prepend(x.Site.Columns[x.Document.ColumnId])).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var homes = change.Sites.Select(s => PolicyCompilationPages.Home(s)?.Column.Id).ToList();
        if (homes[0] != homes[1]) columns.UnionWith(homes.OfType<string>());
        return PageSelection.Of(columns.Where(c => c != change.Now.Config.Bulletin.Path && change.Now.Columns.Find(c) is not null));
    }

    public IEnumerable<string> Parts(SiteModel site) => site.Columns.All.Where(c => c.Id != site.Config.Bulletin.Path).Select(c => c.Id);

    public void Render(RenderContext context, string part)
    {
        if (part == context.Site.Config.Bulletin.Path) return;
        Parallel.ForEach(Plan(context, context.Site.Columns[part]).ToList(), render => render());
    }

    public void Render(RenderContext context)
    {
        var site = context.Site;
        // One job per page, not per column: a few columns hold most documents and their pages.
        var pages = site.Columns.All.Where(c => c.Id != site.Config.Bulletin.Path).SelectMany(column => Plan(context, column)).ToList();
        Parallel.ForEach(pages, render => render());
    }

    /// <summary>The pages of one column, each as a job that renders and writes it.</summary>
    internal static IEnumerable<Action> Plan(RenderContext context, Column column)
    {
        var site = context.Site;
        var source = "site.yml";
        var docs = site.ByColumn[column.Id];
        var cards = column.Children.Select(c => Card(context, c)).ToList();
        var years = docs.Select(d => d.Date.Year).Distinct().OrderDescending().Select(y => LinkView.To(Dates.ChineseYear(y), $"{column.Dir}/year-{y}.html")).ToList();
        var repealed = docs.Where(d => !d.IsInForce).ToList();
        var intro = context.ColumnIntros.GetValueOrDefault(column.Id);
        // 政策文件库 (issue 23): a policy column's lists show 索引号, 文号, 成文日期 and 有效性.
        var policyTable = Policies.IsPolicyColumn(column) && docs.Any(site.IsPolicy);
        var compilation = PolicyCompilationPages.Home(site) is { } home && home.Column == column ? RelativeUrl.Escape(home.Path) : null;
        var size = site.Config.PageSize;
        var pageCount = Math.Max(1, (docs.Count + size - 1) / size);
        var pagePaths = Enumerable.Range(1, pageCount).Select(n => PagePath(column, n)).ToList();
        for (var n = 1; n <= pageCount; n++)
        {
            var path = pagePaths[n - 1];
            var items = docs.Skip((n - 1) * size).Take(size).Select(d => context.Docs[d]).ToList();
            var pager = new Pager(n, pageCount, n > 1 ? RelativeUrl.Escape(pagePaths[n - 2]) : null, n < pageCount ? RelativeUrl.Escape(pagePaths[n]) : null, Pager.Window(n, pagePaths));
            var title = n == 1 ? column.Name : $"{column.Name}（第{n}页）";
            yield return () => context.Write("column", Page(context, column, path, title), source, new Dictionary<string, object?>
            {
                ["column"] = new NavColumn(column.Id, column.Name, RelativeUrl.Escape(column.Url), []),
                ["intro"] = intro is null ? null : new RawHtml(intro),
                ["cards"] = cards,
                ["items"] = items,
                ["total"] = docs.Count,
                ["pager"] = pager,
                ["years"] = years,
                ["repealed_url"] = repealed.Count > 0 ? RelativeUrl.Escape($"{column.Dir}/repealed.html") : null,
                ["feed_url"] = RelativeUrl.Escape($"{column.Dir}/feed.xml"),
                ["empty"] = docs.Count == 0 && cards.Count == 0,
                ["policy_table"] = policyTable,
                ["compilation_url"] = compilation,
                ["kind"] = column.Config.Kind,
                ["links"] = CitizenLinks.Of(context, column),
            });
        }
        foreach (var group in docs.GroupBy(d => d.Date.Year))
        {
            var path = $"{column.Dir}/year-{group.Key}.html";
            yield return () => context.Write("column-archive", Page(context, column, path, $"{column.Name}（{group.Key}年）"), source, new Dictionary<string, object?>
            {
                ["column"] = LinkView.To(column.Name, column.Url),
                ["heading"] = Dates.ChineseYear(group.Key),
                ["items"] = group.Select(d => context.Docs[d]).ToList(),
                ["years"] = years,
                ["policy_table"] = policyTable,
                ["repealed"] = false,
            });
        }
        if (repealed.Count > 0)
        {
            var path = $"{column.Dir}/repealed.html";
            yield return () => context.Write("column-archive", Page(context, column, path, $"{column.Name}（废止和失效文件）"), source, new Dictionary<string, object?>
            {
                ["column"] = LinkView.To(column.Name, column.Url),
                ["heading"] = "废止和失效文件",
                ["items"] = repealed.Select(d => context.Docs[d]).ToList(),
                ["years"] = years,
                // The repeal date and the replacement, whatever the column's kind.
                ["policy_table"] = true,
                ["repealed"] = true,
            });
        }
    }

    public static IReadOnlyList<LinkView> Links(IEnumerable<Column> columns) => columns.Select(c => LinkView.To(c.Name, c.Url)).ToList();

    public static string PagePath(Column column, int n) => n == 1 ? column.Url : $"{column.Dir}/page-{n}.html";

    private static ColumnCard Card(RenderContext context, Column c)
    {
        var docs = context.Subtree(c);
        return new ColumnCard(LinkView.To(c.Name, c.Url), c.Config.Description, docs.Count, docs.Take(CardItems).Select(d => context.Docs[d]).ToList(), Links(c.Children));
    }

    private static PageView Page(RenderContext context, Column column, string path, string title) => new()
    {
        Kind = "column",
        Title = title,
        Path = path,
        Breadcrumbs = context.Crumbs(column),
        Meta = MetaTags.ForColumn(context.Site, column),
        Description = column.Config.Description,
        Canonical = context.Canonical(path),
        Feed = $"{column.Dir}/feed.xml",
        Section = RenderContext.TopSection(column),
    };
}
