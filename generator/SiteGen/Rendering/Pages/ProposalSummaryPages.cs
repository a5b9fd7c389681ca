using SiteGen.Model;
using SiteGen.Reports;
using SiteGen.Rendering.Views;
using SiteGen.Text;

namespace SiteGen.Rendering.Pages;

/// <summary>建议提案办理情况: one page per year in each column holding replies, with the counts of <see cref="ProposalSummary"/>.</summary>
internal sealed class ProposalSummaryPages : IPageKind
{
    /// <summary>The summaries count the replies to 建议提案 and show their entries.</summary>
    public PageSelection Affected(SiteChange change) => PageSelection.If(change.AnyListed((_, d) => d.Proposal is not null));

    public static string PathOf(Column column, int year) => $"{column.Dir}/summary-{year}.html";

    /// <summary>Columns with published replies, and the years they hold.</summary>
    public static IEnumerable<(Column Column, IReadOnlyList<int> Years)> Columns(SiteModel site) =>
        site.Columns.All.Select(c => (Column: c, Years: (IReadOnlyList<int>)site.ByColumn[c.Id].Where(d => d.Proposal is not null).Select(ProposalSummary.YearOf).Distinct().OrderDescending().ToList()))
            .Where(x => x.Years.Count > 0);

    public void Render(RenderContext context)
    {
        var site = context.Site;
        foreach (var (column, years) in Columns(site))
        {
            var inColumn = site.ByColumn[column.Id].Where(d => d.Proposal is not null).ToList();
            foreach (var year in years)
            {
                var docs = inColumn.Where(d => ProposalSummary.YearOf(d) == year).ToList();
                var summary = ProposalSummary.Of(year, docs);
                var path = PathOf(column, year);
                var title = $"{year}年建议提案办理情况";
                var page = context.PageUnder(column, "proposal-summary", title, path,
                    $"{site.Config.Title}{title}：人大代表建议、政协提案的件数、按期答复和答复类别。", LinkView.To(title, path));
                context.Write("proposal-summary", page, "site.yml", new Dictionary<string, object?>
                {
                    ["summary"] = summary,
                    ["deadline_months"] = ProposalSummary.DeadlineMonths,
                    ["items"] = docs.OrderBy(d => d.Proposal!.Kind, StringComparer.Ordinal).ThenBy(d => d.Proposal!.Number, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal)
                        .Select(d => new { Doc = context.Docs[d], OnTime = ProposalSummary.OnTime(d.Proposal!) }).ToList(),
                    ["column"] = LinkView.To(column.Name, column.Url),
                    ["years"] = years.Select(y => LinkView.To(Dates.ChineseYear(y), PathOf(column, y))).ToList(),
                });
            }
        }
    }
}
