using SiteGen.Model;
using SiteGen.Rendering;

namespace SiteGen.Archive;

/// <summary>One zip of an offline copy: the issues it holds, where it is, and what the download page says it holds.</summary>
internal sealed record OfflinePart(int Number, IReadOnlyList<PublishedIssue> Issues, string ZipPath, string Holds)
{
    /// <summary>第1部分 (the download page's name for it).</summary>
    public string Label => $"第{Number}部分";
}

/// <summary>
/// Splits an offline copy too large for one file (more than `bulletin.offline_part_mb` in site.yml)
/// into parts by whole issues, in issue order: each part is a complete zip of its own (start page,
/// theme, its issues with their articles, PDFs and attachments), so each opens alone, in any zip
/// tool, with nothing to join. Multi-volume zips (.z01, .z02…) were not chosen: Windows Explorer
/// and Python cannot open them.
/// The cut is decided before anything is rendered, from the sizes of the files the issues bring
/// (print PDFs and attachments, which are nearly all of a copy's bytes) plus an allowance per page,
/// so the year pages can already say where their copy is; a part holding one issue larger than
/// the limit is that large.
/// </summary>
internal static class OfflineParts
{
    /// <summary>What a page adds to a zip, counted generously (a sample page is 12 KB, 3 KB deflated).</summary>
    private const long PageAllowance = 32 * 1024;

    /// <summary>The parts of the copy of these issues; one part, at <paramref name="zip"/>, when it fits (or splitting is off).</summary>
    public static IReadOnlyList<OfflinePart> Of(SiteModel site, string contentDir, IReadOnlyList<PublishedIssue> issues, string zip, bool withYear)
    {
        var ordered = issues.OrderBy(i => i.Issue.Year).ThenBy(i => i.Issue.Issue).ToList();
        var max = site.Config.Bulletin.OfflinePartBytes;
        var groups = new List<List<PublishedIssue>> { new() };
        var files = new HashSet<string>(StringComparer.Ordinal);
        long current = 0;
        foreach (var issue in ordered)
        {
            var own = Files(site, contentDir, issue);
            var pages = PageAllowance * (1 + issue.Entries.Count);
            var added = own.Where(f => !files.Contains(f.Key)).Sum(f => f.Value) + pages;
            // An attachment two issues share is counted once in a part that holds both.
            if (max > 0 && groups[^1].Count > 0 && current + added > max)
            {
                groups.Add([]);
                files.Clear();
                current = 0;
                added = own.Values.Sum() + pages;
            }
            groups[^1].Add(issue);
            files.UnionWith(own.Keys);
            current += added;
        }
        if (groups.Count == 1) return [new OfflinePart(1, ordered, zip, Range(ordered, withYear))];
        return groups.Select((g, i) => new OfflinePart(i + 1, g, BulletinPaths.ZipPart(zip, i + 1), Range(g, withYear))).ToList();
    }

    /// <summary>"第1期至第6期", or with years for the whole archive's parts: "2024年第1期至2025年第3期".</summary>
    private static string Range(IReadOnlyList<PublishedIssue> issues, bool withYear)
    {
        if (issues.Count == 0) return "";
        string Name(BulletinIssue i) => withYear ? $"{i.Year}年第{i.Issue}期" : $"第{i.Issue}期";
        var (first, last) = (issues[0].Issue, issues[^1].Issue);
        return first.Key == last.Key ? Name(first) : $"{Name(first)}至{Name(last)}";
    }

    /// <summary>The published files an issue brings into a copy (content-relative path → bytes): its print PDF and its articles' attachments.</summary>
    private static Dictionary<string, long> Files(SiteModel site, string contentDir, PublishedIssue issue)
    {
        var files = new Dictionary<string, long>(StringComparer.Ordinal);
        void Add(string? resolved)
        {
            if (resolved is null || !site.ReferencedAssets.Contains(resolved) || files.ContainsKey(resolved)) return;
            var info = new FileInfo(Path.Combine(contentDir, resolved));
            if (info.Exists) files[resolved] = info.Length;
        }
        if (issue.Issue.Pdf is { } pdf) Add(AssetPolicy.Resolve(issue.Issue.Id, pdf));
        foreach (var entry in issue.Entries)
            foreach (var a in entry.Document.Attachments) Add(AssetPolicy.Resolve(entry.Document.Folder, a.File));
        return files;
    }
}
