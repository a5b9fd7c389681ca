using Markdig;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Text;

namespace SiteGen.Validation;

/// <summary>
/// _index.md files: the intro text of a column. The column is the one named by `column:` in its
/// front matter, else the one whose id is the folder's name, else whose URL folder is the folder.
/// Intros are editor text like any body: sanitized, never a template.
/// </summary>
internal static class ColumnIntros
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    public static Dictionary<string, string> Read(ContentTree tree, ColumnIndex columns, DiagnosticBag diagnostics, ContentLimits? limits = null)
    {
        limits ??= ContentLimits.Default;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in tree.Files.Where(f => f.Kind == SourceKind.ColumnIntro))
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
            if (MarkdownNesting.Parse(file.Body, Pipeline, file.BodyLine, file.Path, limits.MaxHtmlDepth, diagnostics) is { } parsed)
                result[column.Id] = BodyHtml.Render(parsed, Pipeline, file.BodyLine, file.Path, diagnostics);
        }
        return result;
    }
}
