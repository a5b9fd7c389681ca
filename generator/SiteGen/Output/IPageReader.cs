namespace SiteGen.Output;

/// <summary>
/// A later stage that reads pages as the write stage writes them (the link check), while their
/// text is still in memory: reading 20,000 pages back from disk cost more than scanning them.
/// </summary>
internal interface IPageReader
{
    /// <summary>Whether this stage reads the file at <paramref name="path"/> (asked before a file's bytes are decoded for it).</summary>
    bool Reads(string path);

    /// <summary>A written file's text (any thread; the text is valid only during the call).</summary>
    void Read(string path, ReadOnlySpan<char> text);
}

/// <summary>Several stages reading the written pages (the link check and the offline copies): each gets the pages it reads.</summary>
internal sealed class PageReaders(params IPageReader[] readers) : IPageReader
{
    public bool Reads(string path)
    {
        foreach (var r in readers)
            if (r.Reads(path)) return true;
        return false;
    }

    public void Read(string path, ReadOnlySpan<char> text)
    {
        foreach (var r in readers)
            if (r.Reads(path)) r.Read(path, text);
    }
}
