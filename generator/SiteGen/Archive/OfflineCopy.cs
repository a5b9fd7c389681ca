namespace SiteGen.Archive;

/// <summary>
/// One zip of the 公报's offline copies as the render stage planned it: the pages rendered for it
/// alone (path → HTML: its start page, archive and year pages without download links, its
/// 公报数据库 and search page), the published files it holds, and the issues whose articles its
/// search index lists. <see cref="Whole"/>: a part of the whole archive's copy, made after the
/// years' (it reuses their compressed pages).
/// </summary>
internal sealed record OfflineCopy(string ZipPath, OfflinePart Part, bool Whole, IReadOnlyList<Model.PublishedIssue> Issues,
    IReadOnlyDictionary<string, string> Rendered, IReadOnlyList<string> Published, DateTime Newest);
