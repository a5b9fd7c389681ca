using SiteGen.Configuration;
using SiteGen.Diagnostics;

namespace SiteGen.Lint;

/// <summary>
/// National monitoring fails a site with five or more empty columns: every column without a
/// published item (and without sub-columns that have some) is a warning.
/// </summary>
internal sealed class EmptyColumn : ICalendarRule
{
    public DiagnosticCode Code => DiagnosticCodes.EmptyColumn;

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var site = context.Site;
        foreach (var column in site.Columns.All)
        {
            if (column.Id == site.Config.Bulletin.Path && site.Issues.Count > 0) continue;
            if (column.SelfAndDescendants().Any(c => site.ByColumn[c.Id].Count > 0)) continue;
            yield return LintContext.Warning(new SourcePosition(SiteConfigLoader.FileName, column.Config.Line, 1), Code, $"栏目“{column.Name}”（{column.Id}）没有已发布的信息。",
                "国家政府网站检查中，空白栏目达到 5 个即单项否决；请补充内容或调整栏目设置。");
        }
    }
}
