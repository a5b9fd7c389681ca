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

/// <summary>
/// A page break in the source (Word's page break, a form feed, a printed page number such as
/// “- 3 -”): kept only until a sentence it split has been joined back (<see cref="PageBreaks"/>).
/// </summary>
internal sealed record PageBreakBlock : Block;

/// <summary>
/// 版记: the 抄送 line(s) and the 印发机关 / 印发日期 line at the foot of a 公文, kept together as one
/// block at the end of the body (GB/T 9704-2012 §7.3).
/// </summary>
internal sealed record RecordBlock(IReadOnlyList<string> Lines) : Block;
