using Markdig;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>
/// Column intros (_index.md) as HTML: editor text like any body, so checked for nesting depth,
/// sanitized and never a template; with pipe tables only (an intro is a few paragraphs, not a
/// document: no footnotes or the document body's other extensions).
/// </summary>
internal static class ColumnIntroHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>The HTML of each intro by column id; an intro too deeply nested is reported and left out.</summary>
    public static IReadOnlyDictionary<string, string> Render(IReadOnlyDictionary<string, ColumnIntro> intros, int maxHtmlDepth, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var intro in intros.Values.OrderBy(i => i.SourcePath, StringComparer.Ordinal))
            if (MarkdownNesting.Parse(intro.Markdown, Pipeline, intro.BodyLine, intro.SourcePath, maxHtmlDepth, diagnostics) is { } parsed)
                result[intro.ColumnId] = BodyHtml.Render(parsed, Pipeline, intro.BodyLine, intro.SourcePath, diagnostics);
        return result;
    }
}
