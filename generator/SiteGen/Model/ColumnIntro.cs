namespace SiteGen.Model;

/// <summary>
/// A column's intro (_index.md) as the editor wrote it: Markdown, turned into HTML where document
/// bodies are (Rendering/ColumnIntroHtml), with the file and line its body starts on so that
/// problems found then point into the file.
/// </summary>
internal sealed record ColumnIntro(string ColumnId, string Markdown, string SourcePath, int BodyLine);
