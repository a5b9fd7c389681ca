namespace SiteGen.Import;

/// <summary>A block of a source document, format-neutral: what the Word and plain-text readers produce.</summary>
internal abstract record Block;

/// <summary>
/// One paragraph's text (artefacts already cleaned). <see cref="Centered"/> marks a title line in
/// Word; <see cref="List"/> is set for Word's automatic numbering, whose number is not in the text.
/// </summary>
internal sealed record ParagraphBlock(string Text, bool Centered = false, ListKind List = ListKind.None, int HeadingLevel = 0) : Block;

internal enum ListKind { None, Ordered, Bullet }

/// <summary>A table: rows of cell texts, the first row its header.</summary>
internal sealed record TableBlock(IReadOnlyList<IReadOnlyList<string>> Rows) : Block;

/// <summary>A picture the importer does not carry over (it becomes a TODO line).</summary>
internal sealed record ImageBlock : Block;
