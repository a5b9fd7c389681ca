using SiteGen.Configuration;
using SiteGen.Model;
using SiteGen.Text;

namespace SiteGen.Import;

/// <summary>
/// `sitegen import` of one file: where to write it and what to ask of it. <see cref="Date"/> is the
/// 发布日期 the editor gave (`--date`); without it the document's 成文日期 is used.
/// </summary>
internal sealed record ImportRequest(string SourceFile, string? Category, string? Out, DateOnly Today, DateOnly? Date = null);

/// <summary>One converted file: its path under the site folder, its text and what had to be left as TODO.</summary>
internal sealed record ImportResult(string RelativePath, string Text, IReadOnlyList<string> Missing);

/// <summary>
/// Converts a finished government document (.docx or its plain-text export) into a content file:
/// front matter from the document itself, the body as Markdown. The 发布日期 defaults to the
/// 成文日期 (a 2019 notice imported today is still dated 2019) and the year folder follows it.
/// What it cannot determine is written as TODO (the `todo` lint reports it). Every imported file
/// is `draft: true`: an import is a proposal that an editor checks against the original before
/// removing that line, never something published by the import itself.
/// </summary>
internal static class Importer
{
    public static readonly string[] Extensions = [".docx", ".txt"];

    public static ImportResult Convert(ImportRequest request, SiteConfig site, string siteDir)
    {
        var extension = Path.GetExtension(request.SourceFile).ToLowerInvariant();
        var refusal = extension switch
        {
            ".docx" => ImportLimits.CheckZip(request.SourceFile),
            ".txt" => ImportLimits.CheckText(request.SourceFile),
            ".doc" => "旧版 .doc 格式不能导入；请在 Word 中另存为 .docx。",
            _ => $"只能导入 {string.Join("、", Extensions)} 文件。",
        };
        if (refusal is not null) throw new ImportException(refusal);
        IReadOnlyList<Block> blocks;
        try
        {
            blocks = extension == ".docx" ? DocxReader.Read(request.SourceFile) : PlainTextReader.Read(request.SourceFile);
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or IOException)
        {
            throw new ImportException($"无法读取：{e.Message}");
        }
        var parsed = GovDocumentParser.Parse(blocks);
        var column = request.Category is null ? null : new ColumnIndex(site.Columns).Find(request.Category)
            ?? throw new ImportException($"栏目“{request.Category}”不存在。");
        var missing = new List<string>();
        string Todo(string? value, string label)
        {
            if (value is not null) return value;
            missing.Add(label);
            return $"{Scaffold.Todo}：{label}";
        }
        var fields = new List<Field>
        {
            new("title", Todo(parsed.Title, "标题")),
            new("category", column?.Name ?? Todo(null, "栏目")),
            new("disclosure", Todo(parsed.Disclosure, "公开属性（主动公开、依申请公开或不予公开）")),
        };
        if (parsed.Disclosure is "依申请公开" or "不予公开") fields.Add(new("disclosure_reason", Todo(null, "不主动公开的理由")));
        var date = request.Date ?? parsed.Written;
        fields.Add(date is { } d ? new("date", d) : new("date", Todo(null, "发布日期")));
        if (parsed.Written is { } written) fields.Add(new("written", written));
        else missing.Add("成文日期");
        if (parsed.DocNumber is { } number) fields.Add(new("doc_number", number));
        fields.Add(new("organ", Todo(parsed.Organ, "发布机构")));
        var body = MarkdownBody.Write(parsed.Body);
        if (body.Contains(MarkdownBody.ImageTodo, StringComparison.Ordinal)) missing.Add("图片");
        fields.Add(new("draft", true));
        var text = FrontMatterWriter.Write(fields, body);
        return new ImportResult(TargetPath(request, column, siteDir, (date ?? request.Today).Year), text, missing);
    }

    /// <summary>`--out` as a .md file, or a folder under which the file keeps its (URL-safe) name; default: the column's folder and the year of the 发布日期.</summary>
    private static string TargetPath(ImportRequest request, Column? column, string siteDir, int year)
    {
        if (request.Out is { } o && o.EndsWith(".md", StringComparison.OrdinalIgnoreCase)) return Relative(siteDir, o);
        var folder = request.Out is { } dir ? Relative(siteDir, dir).TrimEnd('/') : column is null ? "content/imported" : $"content/{column.Dir}/{year}";
        var stem = Path.GetFileNameWithoutExtension(request.SourceFile).ToLowerInvariant();
        if (!Text.UrlSegment.IsValid(stem + ".md")) stem = $"doc-{Dates.Compact(request.Today)}";
        for (var n = 1; ; n++)
        {
            var rel = $"{folder}/{(n == 1 ? stem : $"{stem}-{n}")}.md";
            if (!File.Exists(Path.Combine(siteDir, rel))) return rel;
        }
    }

    private static string Relative(string siteDir, string path) =>
        Path.GetRelativePath(siteDir, Path.GetFullPath(path, siteDir)).Replace('\\', '/');
}

/// <summary>A file that cannot be imported (format, size, zip bomb): reported per file, the others still import.</summary>
internal sealed class ImportException(string message) : Exception(message);
