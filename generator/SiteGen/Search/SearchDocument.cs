using SiteGen.Rendering;

namespace SiteGen.Search;

/// <summary>
/// What the index knows of one published document. <see cref="Url"/> is relative to the folder the
/// index is written for (the site root, or an archive's sub-folder).
/// </summary>
internal sealed record SearchDocument
{
    public required string Id { get; init; }
    public required string Url { get; init; }
    public required string Title { get; init; }
    public string? DocNumber { get; init; }
    public required DateTime Date { get; init; }
    public required string Column { get; init; }
    public required string Organ { get; init; }
    /// <summary>有效性: 有效, 失效, 废止, 已修订…</summary>
    public required string Validity { get; init; }
    /// <summary>公报 issues the document is printed in (titles).</summary>
    public IReadOnlyList<string> Issues { get; init; } = [];
    /// <summary>
    /// The text, when the index reads the terms itself (<see cref="TermCollector.Of"/>); the build's
    /// indexes take the terms read while the pages rendered and keep only the snippet.
    /// </summary>
    public string Body { get; init; } = "";

    // —— 政策文件库 (issue 23) ——
    /// <summary>主题分类 (`一级/二级`), for the 主题分类 facet.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
    /// <summary>文种, "" when unknown, for the 文种 facet.</summary>
    public string DocType { get; init; } = "";
    /// <summary>A warning shown with the result (a 解读 of a repealed policy), or null.</summary>
    public string? Note { get; init; }

    // —— citizen pages (issue 23) ——
    /// <summary>意见征集 period (YYYY-MM-DD), for the status badge and 截止日期 the search page draws from the reader's clock; null when not a consultation.</summary>
    public (string Start, string End)? Consultation { get; init; }

    /// <summary>The start of the text shown under a result: given, or taken from <see cref="Body"/>.</summary>
    public string Snippet
    {
        get => _snippet ??= SearchIndexWriter.Snippet(Body);
        init => _snippet = value;
    }

    private string? _snippet;

    /// <summary>A rendered document as an index written for the folder <paramref name="outputPrefix"/> lists it (see <see cref="Url"/>).</summary>
    public static SearchDocument Of(RenderedDocument rendered, string outputPrefix)
    {
        var document = rendered.Document;
        return new SearchDocument
        {
            Id = document.Id,
            Url = SearchIndexWriter.ResultUrl(outputPrefix, rendered.PagePath),
            Title = document.Title,
            DocNumber = document.DocNumber,
            Date = document.Date,
            Column = rendered.Column,
            Organ = document.Organ,
            Validity = document.Validity,
            Issues = rendered.Issues,
            Snippet = rendered.Snippet,
            Topics = document.Topics,
            DocType = document.DocType ?? "",
            Note = rendered.Note,
            Consultation = rendered.Consultation,
        };
    }
}
