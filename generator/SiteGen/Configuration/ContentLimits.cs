namespace SiteGen.Configuration;

/// <summary>
/// Size limits of what a site's repository may hold (`limits:` in site.yml). They exist so that any
/// content, however large or strange, ends in a built site or in an error at a line, never in a
/// build that runs for hours or out of memory: Markdig's inline parser is quadratic in the length
/// of a line for some inputs (4,000 link openers `[a](` on one line take about a second), so the
/// time a file can cost is bounded by its size times its longest line. The defaults are far above
/// any real 政务公开 document (a 1 MB Markdown file is a 300-page book; a paragraph of 5,000
/// characters is several printed pages) and can be raised in site.yml for a site that needs it.
/// </summary>
internal sealed record ContentLimits
{
    /// <summary>Largest Markdown (or YAML data) file, in KiB.</summary>
    public int MaxMarkdownKb { get; init; } = 1024;

    /// <summary>Longest line of a Markdown or YAML file, in characters.</summary>
    public int MaxLineChars { get; init; } = 5000;

    /// <summary>Largest attachment or image a document may publish, in MiB.</summary>
    public int MaxAttachmentMb { get; init; } = 1024;

    /// <summary>Deepest nesting of raw HTML elements in a body (Markdig limits Markdown's own nesting).</summary>
    public int MaxHtmlDepth { get; init; } = 100;

    public static ContentLimits Default { get; } = new();

    public long MaxMarkdownBytes => MaxMarkdownKb * 1024L;
    public long MaxAttachmentBytes => MaxAttachmentMb * 1024L * 1024L;
}
