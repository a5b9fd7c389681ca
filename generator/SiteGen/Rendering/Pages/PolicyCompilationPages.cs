using SiteGen.Model;
using SiteGen.Rendering.Views;
using SiteGen.Text;

namespace SiteGen.Rendering.Pages;

/// <summary>A year of the 汇编: its link and how many policies it holds.</summary>
internal sealed record CompilationYear(int Year, string Url, int Count);

/// <summary>
/// 政策文件汇编 (issue 23): per year every policy (<see cref="Policies.IsPolicy"/>) of that year with
/// its metadata, oldest first, on one printable page, and an index of the years. The pages sit in
/// the first top-level policy column that holds policies (政策文件: zcwj/huibian/…), whose list links them.
/// </summary>
internal sealed class PolicyCompilationPages : IPageKind
{
    public const string Folder = "huibian";

    /// <summary>The 汇编 shows the entries of every policy (and lives in the first column holding one).</summary>
    public PageSelection Affected(SiteChange change) => PageSelection.If(change.AnyListed((site, d) => site.IsPolicy(d)));

    /// <summary>Where the 汇编 lives, or null when the site publishes no policy.</summary>
    internal sealed record Place(Column Column, string Path);

    public static Place? Home(SiteModel site)
    {
        foreach (var column in site.Columns.All)
        {
            if (column.Config.Kind != Policies.ColumnKind || column.Parent is { Config.Kind: Policies.ColumnKind }) continue;
            if (column.SelfAndDescendants().Any(c => site.ByColumn[c.Id].Any(site.IsPolicy)))
                return new Place(column, $"{column.Dir}/{Folder}/index.html");
        }
        return null;
    }

    public void Render(RenderContext context)
    {
        var site = context.Site;
        if (Home(site) is not { } home) return;
        var byYear = Policies.All(site).GroupBy(d => d.Date.Year).OrderByDescending(g => g.Key).ToList();
        var years = byYear.Select(g => new CompilationYear(g.Key, RelativeUrl.Escape(YearPath(home, g.Key)), g.Count())).ToList();
        var index = new LinkView("政策文件汇编", RelativeUrl.Escape(home.Path));
        context.Write("policy-compilation", Page(context, home, home.Path, "政策文件汇编", new LinkView("政策文件汇编", "")), "site.yml", new Dictionary<string, object?>
        {
            ["years"] = years,
            ["year"] = null,
            ["items"] = Array.Empty<DocView>(),
        });
        Parallel.ForEach(byYear, g =>
        {
            var path = YearPath(home, g.Key);
            context.Write("policy-compilation", Page(context, home, path, Dates.ChineseYear(g.Key) + "政策文件汇编", index, new LinkView(Dates.ChineseYear(g.Key), "")), "site.yml", new Dictionary<string, object?>
            {
                ["years"] = years,
                ["year"] = g.Key,
                ["items"] = g.Select(d => context.Docs[d]).ToList(),
            });
        });
    }

    public static string YearPath(Place home, int year) => $"{home.Column.Dir}/{Folder}/{year}.html";

    private static PageView Page(RenderContext context, Place home, string path, string title, params LinkView[] tail) =>
        context.PageUnder(home.Column, "policy-compilation", title, path,
            $"{context.Site.Config.Title}{title}：按成文先后收录当年全部政策文件及其索引号、发文字号、成文日期和有效性。", tail);
}
