using SiteGen.Content;
using SiteGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Validation;

/// <summary>
/// A source file with its front matter parsed into YAML nodes (so the readers can point at values)
/// and its body; <see cref="BodyLine"/> is the file line the body starts on. Made and dropped per
/// file inside the validate stage: a YAML tree is about 20 objects a document, and kept for a
/// whole build they would be 40% of a big build's live objects.
/// </summary>
internal sealed record ParsedSource(SourceFile File, YamlMappingNode FrontMatter, string Body, int BodyLine)
{
    public string Path => File.Path;
    public string Id => File.Id;

    /// <summary>The file split and parsed, or null with the error reported.</summary>
    public static ParsedSource? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var (map, body, bodyLine) = Content.FrontMatter.Split(file.Text, file.Path, diagnostics);
        if (map is not null) return new ParsedSource(file, map, body, bodyLine);
        // A draft whose 文档属性 cannot even be parsed is still a draft: its error reads as a
        // warning (it is never published), so half-written work never stops the site.
        if (Content.FrontMatter.DeclaresDraft(file.Text)) diagnostics.MarkDraft(file.Path);
        return null;
    }
}
