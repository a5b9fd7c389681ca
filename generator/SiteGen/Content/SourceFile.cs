namespace SiteGen.Content;

/// <summary>What a Markdown file is on the site.</summary>
internal enum SourceKind { Document, ColumnIntro, BulletinIssue }

/// <summary>
/// A Markdown file as read, still raw text: validation splits off and parses its front matter, one
/// file at a time, so no file's YAML tree outlives its own validation. <see cref="Path"/> is
/// relative to the site folder (content/…/x.md); <see cref="Id"/> is the document id (the path
/// under content/ without .md), or the folder of a column intro or bulletin issue.
/// </summary>
internal sealed record SourceFile(string Path, string Id, SourceKind Kind, string Text)
{
    /// <summary>Front-matter lines are file lines minus this.</summary>
    public const int FrontMatterLineOffset = 1;
}
