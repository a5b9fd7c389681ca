namespace SiteGen.Reports;

/// <summary>
/// What a document's front matter says of the annual report it is: `report_year` and the data
/// under `report:`. Read by validation beside the document (not on it) and kept by document id;
/// the model's report stage decides what it becomes (<see cref="AnnualReports"/>).
/// </summary>
internal sealed record ReportFrontMatter(int? Year, ReportData? Data)
{
    public const string YearKey = "report_year";

    /// <summary>The document's report keys, or null when it has neither.</summary>
    public static ReportFrontMatter? Read(Text.FieldReader r)
    {
        var year = r.Integer(YearKey);
        var data = r.Map(ReportDataReader.FrontMatterKey) is { } report ? ReportDataReader.Read(report) : null;
        return year is null && data is null ? null : new ReportFrontMatter(year, data);
    }
}
