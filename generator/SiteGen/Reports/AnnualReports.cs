using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Text;

namespace SiteGen.Reports;

/// <summary>A published annual report (政府信息公开工作年度报告) with its data and what the site computed for it.</summary>
internal sealed record AnnualReport(Document Document, int Year, ReportData? Data, IReadOnlyDictionary<string, DocumentCounts> Computed)
{
    /// <summary>The same organ's report of the year before, when it is published.</summary>
    public AnnualReport? Previous { get; init; }

    /// <summary>The 规章 or 行政规范性文件 row as shown: what the editor typed, else what the site computed, else null.</summary>
    public (DocumentCounts Counts, bool Computed)? Documents(string kind)
    {
        if (Data?.Proactive.DocumentRows.GetValueOrDefault(kind) is { } typed)
            return (new DocumentCounts((long)typed[0].Value, (long)typed[1].Value, (long)typed[2].Value), false);
        return Computed.TryGetValue(kind, out var c) ? (c, true) : null;
    }
}

/// <summary>Every published annual report, oldest first within each organ.</summary>
internal sealed record ReportSet(IReadOnlyList<AnnualReport> All)
{
    public static ReportSet Empty { get; } = new([]);

    private readonly Dictionary<string, AnnualReport> _byId = All.ToDictionary(r => r.Document.Id, StringComparer.Ordinal);

    public AnnualReport? Of(Document d) => _byId.GetValueOrDefault(d.Id);
}

/// <summary>
/// The site model's reports, made last in the model stage (<see cref="SiteModelBuilder.Build"/>):
/// finds each published report's data (front matter `report:`, read by validation, or a sibling
/// `NAME.report.yml`), checks its arithmetic, computes section 二's 规章 and
/// 行政规范性文件 rows from the published documents, and checks the reports against each other
/// (上年结转 = last year's 结转下年度). Unpublished reports are not checked for sums, so a draft being
/// filled in never blocks a build.
/// </summary>
internal static class AnnualReports
{
    /// <param name="declared">What each document's front matter says of its report, by document id (<see cref="ReportFrontMatter"/>).</param>
    public static ReportSet Build(SiteModel site, ContentTree tree, IReadOnlyDictionary<string, ReportFrontMatter> declared, DiagnosticBag diagnostics)
    {
        var sources = new Dictionary<string, IReadOnlyList<Document>?>(StringComparer.Ordinal)
        {
            [ReportLayout.Rules] = DocumentStatistics.DocumentsOf(site, ReportLayout.Rules),
            [ReportLayout.NormativeDocuments] = DocumentStatistics.DocumentsOf(site, ReportLayout.NormativeDocuments),
        };
        var reports = new List<AnnualReport>();
        foreach (var d in site.Documents)
        {
            var frontMatter = declared.GetValueOrDefault(d.Id);
            if (frontMatter?.Year is not { } year)
            {
                if (frontMatter?.Data is not null || tree.Assets.Contains(d.Id + ReportDataReader.SiblingSuffix))
                    diagnostics.Error(SourcePosition.FileStart(d.SourcePath), DiagnosticCodes.ReportWithoutYear, "这篇文档带有年报数据，但没有写明 report_year。",
                        "年度报告须写 `report_year: 2025`（报告所属年度）。");
                continue;
            }
            var data = DataOf(d, frontMatter.Data, tree, site.Config.Limits, diagnostics);
            if (data is not null) ReportChecks.Check(data, diagnostics);
            var computed = sources.Where(s => s.Value is not null).ToDictionary(s => s.Key, s => DocumentStatistics.Count(s.Value!, year), StringComparer.Ordinal);
            var report = new AnnualReport(d, year, data, computed);
            CompareWithComputed(report, diagnostics);
            reports.Add(report);
        }
        return new ReportSet(Link(reports, diagnostics));
    }

    private static ReportData? DataOf(Document d, ReportData? inFrontMatter, ContentTree tree, ContentLimits limits, DiagnosticBag diagnostics)
    {
        var sibling = d.Id + ReportDataReader.SiblingSuffix;
        if (!tree.Assets.Contains(sibling)) return inFrontMatter;
        var path = $"{ContentLoader.ContentFolder}/{sibling}";
        if (inFrontMatter is not null)
        {
            diagnostics.Error(SourcePosition.FileStart(path), DiagnosticCodes.ReportDataTwice, $"年报数据同时写在 {d.SourcePath} 的 report: 和 {path} 中。", "只保留一处。");
            return inFrontMatter;
        }
        if (TextLimits.Read(Path.Combine(tree.ContentDir, sibling), path, limits, diagnostics) is not { } bytes) return null;
        var text = ContentText.Decode(bytes, path, diagnostics);
        if (text is null || !TextLimits.LinesFit(text, path, 0, limits, diagnostics) || YamlText.ParseMapping(text, path, 0, diagnostics) is not { } map) return null;
        var reader = new FieldReader(map, path, 0, diagnostics, SourcePosition.FileStart(path));
        // The file may hold the data at its top level or under `report:` (copied from front matter).
        return ReportDataReader.Read(reader.Map(ReportDataReader.FrontMatterKey) ?? reader);
    }

    /// <summary>Typed 规章/行政规范性文件 figures that differ from the site's documents: a warning naming both.</summary>
    private static void CompareWithComputed(AnnualReport report, DiagnosticBag diagnostics)
    {
        if (report.Data is null) return;
        foreach (var (kind, typed) in report.Data.Proactive.DocumentRows)
        {
            if (!report.Computed.TryGetValue(kind, out var computed)) continue;
            long[] values = [computed.Made, computed.Repealed, computed.InForce];
            for (var i = 0; i < 3; i++)
            {
                if (typed[i].Value == values[i]) continue;
                diagnostics.Warning(typed[i].At, DiagnosticCodes.ReportComputedDiffers,
                    $"{report.Year}年年报填写的{kind}“{ReportLayout.DocumentCounts[i]}”为 {typed[i].Value}，按本站已发布的{kind}计算为 {values[i]}。",
                    "请核对：是否有文件未在本站发布，或文件的 written、validity、validity_date 填写有误。页面显示填写的数字。");
            }
        }
    }

    /// <summary>Links each report to the same organ's report of the year before, and checks 上年结转 against it.</summary>
    private static List<AnnualReport> Link(List<AnnualReport> reports, DiagnosticBag diagnostics)
    {
        var ordered = reports.OrderBy(r => r.Document.Organ, StringComparer.Ordinal).ThenBy(r => r.Year).ThenBy(r => r.Document.Id, StringComparer.Ordinal).ToList();
        var byKey = new Dictionary<(string, int), AnnualReport>();
        foreach (var r in ordered)
        {
            if (byKey.TryGetValue((r.Document.Organ, r.Year), out var first))
                diagnostics.Error(SourcePosition.FileStart(r.Document.SourcePath), DiagnosticCodes.DuplicateReport,
                    $"{r.Document.Organ}的{r.Year}年年度报告已在 {first.Document.SourcePath} 中发布。", "每个机关每年只能有一份年度报告；请核对 report_year。");
            else byKey[(r.Document.Organ, r.Year)] = r;
        }
        var result = new List<AnnualReport>();
        foreach (var r in ordered)
        {
            var previous = byKey.GetValueOrDefault((r.Document.Organ, r.Year - 1));
            CheckCarryOver(r, previous, diagnostics);
            result.Add(r with { Previous = previous });
        }
        return result;
    }

    private static void CheckCarryOver(AnnualReport report, AnnualReport? previous, DiagnosticBag diagnostics)
    {
        if (report.Data?.Applications is not { } table) return;
        var carriedIn = table.Rows[ReportLayout.CarriedInKey];
        if (previous?.Data?.Applications is not { } last)
        {
            if (table.Total(ReportLayout.CarriedInKey) > 0)
                diagnostics.Warning(carriedIn[0].At, DiagnosticCodes.ReportCarryoverUnchecked,
                    $"本站没有发布{report.Document.Organ}{report.Year - 1}年年度报告的申请数据，无法核对上年结转 {table.Total(ReportLayout.CarriedInKey)} 件。",
                    "上年结转应等于上一年度报告的“结转下年度继续办理”；发布上一年度报告（含 report 数据）后即可自动核对。");
            return;
        }
        for (var c = 0; c <= ReportLayout.Parts; c++)
        {
            var expected = last[ReportLayout.CarriedOutKey, c];
            if (carriedIn[c].Value == expected) continue;
            diagnostics.Error(carriedIn[c].At, DiagnosticCodes.ReportCarryover,
                $"“{ReportLayout.ApplicantColumns[c]}”一列上年结转填为 {carriedIn[c].Value}，但{report.Year - 1}年年度报告（{previous.Document.SourcePath}）的结转下年度继续办理是 {expected}。",
                "两者应相等；请核对本年或上一年度报告的数据。");
        }
    }
}
