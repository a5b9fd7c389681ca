using YamlDotNet.RepresentationModel;

namespace SiteGen.Content;

/// <summary>What a Markdown file is on the site.</summary>
internal enum SourceKind { Document, ColumnIntro, BulletinIssue }

/// <summary>
/// A Markdown file split into its front matter (still YAML nodes, so later stages can point at
/// values) and its body. <see cref="Path"/> is relative to the site folder (content/…/x.md);
/// <see cref="BodyLine"/> is the file line the body starts on.
/// </summary>
internal sealed record SourceFile(string Path, string Id, SourceKind Kind, YamlMappingNode FrontMatter, string Body, int BodyLine)
{
    /// <summary>Folder of the file relative to content/ ("" at the top), with forward slashes.</summary>
    public string Folder => Id.Contains('/') ? Id[..Id.LastIndexOf('/')] : "";

    /// <summary>Front-matter lines are file lines minus this.</summary>
    public const int FrontMatterLineOffset = 1;
}
