namespace SiteGen.Model;

/// <summary>One issue (期) of the 政府公报, from its folder's _issue.md.</summary>
internal sealed record BulletinIssue
{
    /// <summary>The issue folder under content/ (gongbao/2025/03).</summary>
    public required string Id { get; init; }
    public required string SourcePath { get; init; }
    public required int Year { get; init; }
    /// <summary>期号 within the year.</summary>
    public required int Issue { get; init; }
    /// <summary>总期号.</summary>
    public int? TotalIssue { get; init; }
    public required DateTime Date { get; init; }
    /// <summary>The print edition: a file in the issue folder, relative to it.</summary>
    public string? Pdf { get; init; }
    public required string Title { get; init; }
    public string Body { get; init; } = "";
    public int BodyLine { get; init; }
    /// <summary>`draft: true`: not published (a new issue stays a draft until it has articles).</summary>
    public bool Draft { get; init; }
    /// <summary>The key documents use to name it: `YYYY-NN`.</summary>
    public string Key => $"{Year:D4}-{Issue:D2}";
}
