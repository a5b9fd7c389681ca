namespace SiteGen.Reports;

/// <summary>
/// One cell of a report table as the theme writes it: a header (th, with scope and an id data
/// cells refer to) or a data cell (td, with `headers` naming every header it sits under, because
/// the official layouts merge cells in ways `scope` alone cannot describe).
/// </summary>
internal sealed record TableCell
{
    public required string Text { get; init; }
    public bool IsHeader { get; init; }
    public int Colspan { get; init; } = 1;
    public int Rowspan { get; init; } = 1;
    /// <summary>col, colgroup, row or rowgroup (headers only).</summary>
    public string? Scope { get; init; }
    public string? Id { get; init; }
    /// <summary>Space-separated ids of the headers of a data cell.</summary>
    public string? Headers { get; init; }
    public string? CssClass { get; init; }

    public static TableCell Th(string text, string id, string scope, int colspan = 1, int rowspan = 1) =>
        new() { Text = text, IsHeader = true, Id = id, Scope = scope, Colspan = colspan, Rowspan = rowspan };

    public static TableCell Td(string text, IEnumerable<string> headers, string? cssClass = "num") =>
        new() { Text = text, Headers = string.Join(' ', headers), CssClass = cssClass };
}

internal sealed record TableRowView(IReadOnlyList<TableCell> Cells);

/// <summary>A report table: caption, header rows (thead) and body rows (tbody), and an optional note under it.</summary>
internal sealed record TableView(string Id, string Caption, IReadOnlyList<TableRowView> Head, IReadOnlyList<TableRowView> Body, string? Note = null);
