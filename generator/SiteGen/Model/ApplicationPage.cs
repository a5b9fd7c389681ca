using SiteGen.Configuration;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// Where the 依申请公开 page lives: under the column site.yml `application.column` names, else the
/// column named 政府信息公开, else the first top-level column. The page renderer, the column page
/// that links it and the 公开指南 lint all ask here, so they agree on whether the page exists.
/// </summary>
internal static class ApplicationPage
{
    public const string Folder = "ysqgk";
    public const string Name = "依申请公开";

    public static Column? ColumnOf(SiteModel site) => ColumnOf(site.Config, site.Columns, null);

    public static Column? ColumnOf(SiteConfig config, ColumnIndex columns, DiagnosticBag? diagnostics)
    {
        var wanted = config.Application.Column;
        if (wanted.Length > 0)
        {
            var column = columns.Find(wanted);
            if (column is null)
                diagnostics?.Error(config.Application.At, DiagnosticCodes.UnknownColumn, $"application.column 写的栏目“{wanted}”不存在（unknown column）。",
                    $"写 site.yml 中某个栏目的 id，如 {columns.Roots.FirstOrDefault()?.Id ?? "xxgk"}。");
            return column;
        }
        return columns.All.FirstOrDefault(c => c.Name == "政府信息公开") ?? columns.Roots.FirstOrDefault();
    }

    public static string Dir(Column column) => $"{column.Dir}/{Folder}";
    public static string Path(Column column) => $"{Dir(column)}/index.html";
}
