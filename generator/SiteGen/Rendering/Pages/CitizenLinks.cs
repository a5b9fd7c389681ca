using SiteGen.Model;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering.Pages;

/// <summary>The citizen pages a column page links: 依申请公开 from its column, the yearly 建议提案办理情况 from columns with replies.</summary>
internal static class CitizenLinks
{
    public static IReadOnlyList<LinkView> Of(RenderContext context, Column column)
    {
        var links = new List<LinkView>();
        if (ApplicationPage.ColumnOf(context.Site) == column)
            links.Add(LinkView.To(ApplicationPage.Name + "（申请方式、时限和申请表下载）", ApplicationPage.Path(column)));
        foreach (var (c, years) in ProposalSummaryPages.Columns(context.Site).Where(x => x.Column == column))
            links.AddRange(years.Select(y => LinkView.To($"{y}年建议提案办理情况", ProposalSummaryPages.PathOf(c, y))));
        return links;
    }
}
