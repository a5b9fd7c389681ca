using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Rendering.Pages;

namespace SiteGen.Watch;

/// <summary>
/// The list-like pages (every page kind but documents) in groups that `serve --watch` re-renders
/// whole or not at all: each column's own pages (index, page-N, year-YYYY, repealed), the bulletin
/// archive (home, years, issues, 公报数据库 and the PDFs they copy), and the rest — home page, feeds,
/// site map, aliases, the reports index, 404 and search page — which is cheap and always re-rendered.
/// </summary>
internal static class ListPageGroups
{
    public const string Rest = "";
    public const string Bulletin = "bulletin";

    public static string ColumnGroup(Column c) => "column:" + c.Id;

    /// <summary>
    /// The groups that can show the given documents as they were or are now: the columns listing
    /// them and every column above (whose cards and counts include them), the bulletin archive when
    /// one is printed in an issue, and the rest.
    /// </summary>
    public static HashSet<string> Touched(SiteModel old, SiteModel now, IEnumerable<string> ids)
    {
        var groups = new HashSet<string>(StringComparer.Ordinal) { Rest };
        // A 重大行政决策 目录 shows how far each decision got: its columns change with the steps' documents
        // (征集, 采纳情况, 决策文件 and any 解读, which may come to interpret the adopted document).
        foreach (var model in new[] { old, now })
        {
            var byParticipant = DecisionTimeline.RecordsByParticipant(model);
            if (byParticipant.Count > 0 && ids.Any(id => byParticipant.ContainsKey(id) || model.Published(id) is { Interprets.Count: > 0 }))
                foreach (var record in byParticipant.Values) groups.Add(ColumnGroup(model.Columns[record.ColumnId]));
        }
        foreach (var id in ids)
            foreach (var model in new[] { old, now })
            {
                if (model.Published(id) is not { } d) continue;
                var column = model.Columns[d.ColumnId];
                groups.Add(ColumnGroup(column));
                foreach (var c in column.Ancestors()) groups.Add(ColumnGroup(c));
                if (model.IssuesOf.ContainsKey(id) || column.Id == model.Config.Bulletin.Path) groups.Add(Bulletin);
            }
        return groups;
    }

    /// <summary>
    /// Renders the pages of the given groups (all when null), kind by kind in the registry's order,
    /// and returns the files each group wrote. A file another group or a document page wrote
    /// first (a shared image) is not counted again.
    /// </summary>
    public static Dictionary<string, HashSet<string>> Render(RenderContext context, IReadOnlySet<string>? groups)
    {
        var site = context.Site;
        var byDir = site.Columns.All.ToDictionary(c => c.Dir, StringComparer.Ordinal);
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var seen = context.Output.Files.ToHashSet(StringComparer.Ordinal);
        List<string> Made()
        {
            var made = context.Output.Files.Where(f => !seen.Contains(f)).ToList();
            seen.UnionWith(made);
            return made;
        }
        void Add(string group, IEnumerable<string> files)
        {
            if (!result.TryGetValue(group, out var set)) result[group] = set = new HashSet<string>(StringComparer.Ordinal);
            set.UnionWith(files);
        }
        bool Wanted(string group) => groups is null || groups.Contains(group);
        foreach (var kind in PageKinds.All)
        {
            switch (kind)
            {
                case DocumentPages:
                    break;
                case ColumnPages:
                    var columns = site.Columns.All.Where(c => c.Id != site.Config.Bulletin.Path && Wanted(ColumnGroup(c))).ToList();
                    // One job per page, as ColumnPages does: a few columns hold most pages.
                    Parallel.ForEach(columns.SelectMany(c => ColumnPages.Plan(context, c)).ToList(), render => render());
                    foreach (var c in columns) Add(ColumnGroup(c), []);
                    // A column writes only into its own folder.
                    foreach (var file in Made()) Add(byDir.TryGetValue(OutputTree.Folder(file), out var column) ? ColumnGroup(column) : Rest, [file]);
                    break;
                case BulletinPages or BulletinDatabasePages:
                    if (!Wanted(Bulletin)) break;
                    kind.Render(context);
                    Add(Bulletin, Made());
                    break;
                default:
                    kind.Render(context);
                    Add(Rest, Made());
                    break;
            }
        }
        return result;
    }
}
