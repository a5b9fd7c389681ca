using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Rendering.Pages;
using SiteGen.Rendering.Views;
using SiteGen.Text;

namespace SiteGen.Reports;

/// <summary>
/// The reports index (年报历年数据对比): one page beside the newest report's column comparing the key
/// figures of every published annual report, year by year, with charts. Report pages themselves
/// are document pages; <see cref="ForDocument"/> gives them their tables and charts.
/// </summary>
internal sealed class ReportPages : IPageKind
{
    public const string Template = "annual-reports";
    private const int ChartYears = 5;

    /// <summary>The comparison shows every report, and the reports count the site's 规章 and 行政规范性文件.</summary>
    public PageSelection Affected(SiteChange change) => PageSelection.If(change.Any(Counts));

    /// <summary>Whether a document is an annual report or one of those the reports count.</summary>
    public static bool Counts(SiteModel site, Document d) => site.Reports.Of(d) is not null
        || DocumentStatistics.ColumnsOf(site.Columns, ReportLayout.Rules).Concat(DocumentStatistics.ColumnsOf(site.Columns, ReportLayout.NormativeDocuments)).Any(c => c.Id == d.ColumnId);

    public static string? IndexPath(SiteModel site)
    {
        var newest = site.Reports.All.OrderByDescending(r => r.Year).ThenBy(r => r.Document.Id, StringComparer.Ordinal).FirstOrDefault();
        return newest is null ? null : $"{site.Columns[newest.Document.ColumnId].Dir}/compare.html";
    }

    public void Render(RenderContext context)
    {
        var site = context.Site;
        if (IndexPath(site) is not { } path) return;
        var column = site.Columns[site.Reports.All.OrderByDescending(r => r.Year).ThenBy(r => r.Document.Id, StringComparer.Ordinal).First().Document.ColumnId];
        var organs = site.Reports.All.GroupBy(r => r.Document.Organ).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var groups = organs.Select((g, i) => Organ(context, g.OrderBy(r => r.Year).ToList(), i, organs.Count > 1)).ToList();
        var page = new PageView
        {
            Kind = "reports",
            Title = "政府信息公开工作年度报告历年数据对比",
            Path = path,
            Breadcrumbs = context.Crumbs(column, new LinkView("历年数据对比", "")),
            Meta = MetaTags.ForColumn(site, column),
            Description = "历年政府信息公开工作年度报告主要数据对比。",
            Canonical = context.Canonical(path),
            Section = RenderContext.TopSection(column),
        };
        context.Write(Template, page, "site.yml", new Dictionary<string, object?>
        {
            ["column"] = LinkView.To(column.Name, column.Url),
            ["organs"] = groups,
        });
    }

    private static Dictionary<string, object?> Organ(RenderContext context, List<AnnualReport> reports, int index, bool named)
    {
        var prefix = $"o{index}";
        var charts = new List<ChartView>();
        var withApplications = reports.Where(r => r.Data?.Applications is not null).ToList();
        if (withApplications.Count > 0)
            charts.Add(SvgChart.GroupedBars($"{prefix}-chart-applications", "历年政府信息公开申请收到和办理情况（件）",
                withApplications.Select(r => Dates.ChineseYear(r.Year)).ToList(),
                [
                    new ChartSeries("本年新收", withApplications.Select(r => r.Data!.Applications!.Total(ReportLayout.NewKey)).ToList()),
                    new ChartSeries("办理结果总计", withApplications.Select(r => r.Data!.Applications!.Total(ReportLayout.OutcomeTotalKey)).ToList()),
                    new ChartSeries("结转下年度", withApplications.Select(r => r.Data!.Applications!.Total(ReportLayout.CarriedOutKey)).ToList()),
                ], "件"));
        var documents = reports.Where(r => r.Documents(ReportLayout.NormativeDocuments) is not null).Select(r => (r.Year, r.Documents(ReportLayout.NormativeDocuments)!.Value.Counts)).ToList();
        if (documents.Count > 1) charts.Add(ReportViewBuilder.DocumentsChart($"{prefix}-chart-documents", documents));
        return new Dictionary<string, object?>
        {
            ["name"] = named ? reports[0].Document.Organ : null,
            ["reports"] = reports.Select(r => context.Docs.Link(r.Document)).ToList(),
            ["table"] = ComparisonTable.Build(prefix, reports, r => context.Docs.Link(r.Document)),
            ["charts"] = charts,
        };
    }

    /// <summary>Values for a report document's page: its tables and charts placed in its body; null for other documents.</summary>
    public static ReportView? ForDocument(RenderContext context, Document d, string bodyHtml)
    {
        var site = context.Site;
        if (site.Reports.Of(d) is not { } report) return null;
        var history = History(site, report);
        var previousUrl = report.Previous is { } p ? RelativeUrl.Escape(site.PagePath[p.Document.Id]) : null;
        var compare = IndexPath(site) is { } index ? RelativeUrl.Escape(index) : null;
        return ReportViewBuilder.Build(report, bodyHtml, history, compare, previousUrl, context.Diagnostics);
    }

    /// <summary>
    /// 行政规范性文件 made/repealed/in force over the five years up to the report's, from the first
    /// year the site has such a document: a year with a published report shows that report's
    /// figures (so chart and table agree), other years what the site's documents give.
    /// </summary>
    private static List<(int Year, DocumentCounts Counts)> History(SiteModel site, AnnualReport report)
    {
        var documents = DocumentStatistics.DocumentsOf(site, ReportLayout.NormativeDocuments);
        if (documents is null || documents.Count == 0) return [];
        var first = Math.Max(report.Year - ChartYears + 1, documents.Min(DocumentStatistics.Made).Year);
        var result = new List<(int, DocumentCounts)>();
        for (var y = first; y <= report.Year; y++)
        {
            var published = site.Reports.All.FirstOrDefault(r => r.Year == y && r.Document.Organ == report.Document.Organ);
            result.Add((y, published?.Documents(ReportLayout.NormativeDocuments)?.Counts ?? DocumentStatistics.Count(documents, y)));
        }
        return result;
    }
}
