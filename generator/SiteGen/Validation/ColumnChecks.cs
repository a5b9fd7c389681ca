using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Validation;

/// <summary>
/// National monitoring fails a site with five or more empty columns: every column without a
/// published item (and without sub-columns that have some) is a warning at its line in site.yml.
/// </summary>
internal static class ColumnChecks
{
    public static void WarnEmptyColumns(SiteModel site, DiagnosticBag diagnostics)
    {
        foreach (var column in site.Columns.All)
        {
            if (column.Id == site.Config.Bulletin.Path && site.Issues.Count > 0) continue;
            var any = column.SelfAndDescendants().Any(c => site.ByColumn[c.Id].Count > 0);
            if (!any)
                diagnostics.Warning(new SourcePosition("site.yml", column.Config.Line, 1), "empty-column", $"栏目“{column.Name}”（{column.Id}）没有已发布的信息。",
                    "国家政府网站检查中，空白栏目达到 5 个即单项否决；请补充内容或调整栏目设置。");
        }
    }
}
