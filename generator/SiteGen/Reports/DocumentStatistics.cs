using SiteGen.Model;

namespace SiteGen.Reports;

/// <summary>
/// Section 二's 规章 and 行政规范性文件 rows computed from the site's own published documents:
/// made in the year (成文日期 `written`, else 发布日期), repealed in the year (有效性 废止 or 失效
/// with `validity_date` in the year) and in force at the year's end (made by then and not yet
/// repealed, expired or revised by then; 尚未生效 documents are not in force).
/// </summary>
internal static class DocumentStatistics
{
    /// <summary>Columns that hold 行政规范性文件 or 规章: by the conventional id or by display name.</summary>
    public static IReadOnlyList<Column> ColumnsOf(ColumnIndex columns, string kind)
    {
        var id = kind == ReportLayout.Rules ? "gz" : "gfxwj";
        return columns.All.Where(c => c.Id == id || c.Name == kind).SelectMany(c => c.SelfAndDescendants()).Distinct().ToList();
    }

    /// <summary>Published documents of those columns; null when the site has no such column.</summary>
    public static IReadOnlyList<Document>? DocumentsOf(SiteModel site, string kind)
    {
        var columns = ColumnsOf(site.Columns, kind);
        if (columns.Count == 0) return null;
        // By reference: a Document record's own equality hashes every field, its whole body included.
        return columns.SelectMany(c => site.ByColumn.GetValueOrDefault(c.Id, [])).Distinct<Document>(ReferenceEqualityComparer.Instance).ToList();
    }

    public static DateTime Made(Document d) => (d.Written ?? d.Date).Date;

    public static DocumentCounts Count(IReadOnlyList<Document> documents, int year)
    {
        var end = new DateTime(year, 12, 31);
        var made = documents.Count(d => Made(d).Year == year);
        var repealed = documents.Count(d => d.Validity is "废止" or "失效" && d.ValidityDate?.Year == year);
        var inForce = documents.Count(d => Made(d) <= end && InForceAt(d, end));
        return new DocumentCounts(made, repealed, inForce);
    }

    private static bool InForceAt(Document d, DateTime end) => d.Validity switch
    {
        "有效" or "部分失效" => true,
        "尚未生效" => false,
        // 废止, 失效, 已修订: in force until the date it stopped applying; without that date, never counted.
        _ => d.ValidityDate is { } stopped && stopped.Date > end,
    };
}
