using System.Collections.Concurrent;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Rendering;

namespace SiteGen.Archive;

/// <summary>
/// The offline copies' input from the write stage: the text of the published pages a copy holds
/// (issue pages, the articles printed in them, the 公报数据库), kept as they are written
/// (<see cref="IPageReader"/>) instead of read back from the staging folder. Which pages those are
/// follows from the site model alone; about 1,600 pages (17 MB) at 20,000 documents.
/// </summary>
internal sealed class ArchivedPages(SiteModel site) : IPageReader
{
    private readonly HashSet<string> _wanted = site.Issues.Select(i => BulletinPaths.Issue(site, i.Issue))
        .Concat(site.Issues.SelectMany(i => i.Entries).Select(e => site.PagePath[e.Document.Id]))
        .Append(BulletinPaths.Database(site))
        .ToHashSet(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

    public bool Reads(string path) => site.Issues.Count > 0 && _wanted.Contains(path);

    public void Read(string path, ReadOnlySpan<char> text) => _texts[path] = text.ToString();

    /// <summary>A published page's text, as written.</summary>
    public string Text(string path) => _texts.TryGetValue(path, out var text) ? text
        : throw new InvalidOperationException($"{path} is in an offline copy but was not written as text");
}
