using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Text;

namespace SiteGen.Validation;

/// <summary>
/// _index.md files: the intro text of a column. The column is the one named by `column:` in its
/// front matter, else the one whose id is the folder's name, else whose URL folder is the folder.
/// Intros are editor text like any body: their Markdown is kept as written and made into HTML,
/// sanitized and never a template, where bodies are (Rendering/ColumnIntroHtml).
/// </summary>
internal static class ColumnIntros
{
    /// <summary>The intros by column id; of two for one column, the later by path.</summary>
    public static IReadOnlyDictionary<string, ColumnIntro> Read(IEnumerable<ParsedSource> files, ColumnIndex columns, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, ColumnIntro>(StringComparer.Ordinal);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var r = new FieldReader(file.FrontMatter, file.Path, SourceFile.FrontMatterLineOffset, diagnostics, SourcePosition.FileStart(file.Path));
            var named = r.String("column");
            r.String("title");
            r.WarnUnknownKeys(["column", "title"], "栏目说明 _index.md ");
            var folderName = file.Id.Contains('/') ? file.Id[(file.Id.LastIndexOf('/') + 1)..] : file.Id;
            var column = named is not null ? columns.Find(named) : columns.Find(folderName) ?? columns.All.FirstOrDefault(c => c.Dir == file.Id);
            if (column is null)
            {
                diagnostics.Warning(named is null ? r.Owner : r.PositionOf("column"), DiagnosticCodes.UnknownColumn,
                    $"找不到这个栏目说明所属的栏目（{named ?? file.Id}）。", "在文档属性中写 `column: 栏目标识`，或把文件放在以栏目标识命名的目录中。");
                continue;
            }
            result[column.Id] = new ColumnIntro(column.Id, file.Body, file.Path, file.BodyLine);
        }
        return result;
    }
}
