using System.Collections.Concurrent;

namespace SiteGen.Output;

/// <summary>
/// The link check's input: the links and ids of each page and feed, scanned as the write stage
/// writes it (<see cref="IPageReader"/>). A page only copied (not written from text) is not here:
/// <see cref="LinkChecker"/> reads it from the output.
/// </summary>
internal sealed class ScannedPages : IPageReader
{
    private readonly ConcurrentDictionary<string, ScannedPage> _pages = new(StringComparer.Ordinal);
    private readonly StringPool _strings = new();

    public bool Reads(string path) => LinkChecker.IsScanned(path);

    public void Read(string path, ReadOnlySpan<char> text) => _pages[path] = HtmlLinkScanner.Scan(text, _strings);

    /// <summary>The page's scan, or null when it was not written through the writer this reader was given to.</summary>
    public ScannedPage? Of(string path) => _pages.GetValueOrDefault(path);
}
