using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// Checks a file that a document or issue names (attachment, image, linked file, print PDF): it
/// must stay inside content/, be of an allowed type, exist, not be a link leading out of the site
/// and not be larger than the site's limit. Returns its content-relative path.
/// </summary>
internal sealed class FileChecker(ContentTree tree, DiagnosticBag diagnostics, ContentLimits? limits = null)
{
    public string? Check(string folder, string file, SourcePosition at, string what)
    {
        var resolved = AssetPolicy.Resolve(folder, file);
        if (resolved is null)
        {
            diagnostics.Error(at, DiagnosticCodes.PathEscape, $"{what}路径“{file}”指向 content 目录之外或不是相对路径。", "文件应放在文档旁边，用相对路径引用，如 `fujian1.pdf`。");
            return null;
        }
        if (!AssetPolicy.IsAllowed(resolved))
        {
            diagnostics.Error(at, DiagnosticCodes.FileType, $"{what}“{file}”的类型不允许发布（可能在浏览器中执行代码）。",
                AssetPolicy.IsSvg(resolved)
                    ? "SVG 图片可以内嵌脚本，不予发布：请导出为 PNG。"
                    : $"允许的类型：{string.Join("、", AssetPolicy.Allowed.Order(StringComparer.Ordinal))}。网页请转为 PDF。");
            return null;
        }
        if (tree.Refused.Contains(resolved))
        {
            diagnostics.Error(at, DiagnosticCodes.PathEscape, $"{what}文件“{file}”是指向站点目录之外（或形成循环）的符号链接，不会发布。", "请把文件本身复制到文档旁边，不要用符号链接引用站点之外的文件。");
            return null;
        }
        if (!tree.Assets.Contains(resolved))
        {
            diagnostics.Error(at, DiagnosticCodes.MissingFile, $"{what}文件“{file}”不存在（应在 content/{resolved}）。", "请把文件放到文档旁边，或改正文件名（注意大小写）。");
            return null;
        }
        var max = (limits ?? ContentLimits.Default).MaxAttachmentBytes;
        if (new FileInfo(Path.Combine(tree.ContentDir, resolved)) is { Exists: true, Length: var length } && length > max)
        {
            diagnostics.Error(at, DiagnosticCodes.FileTooLarge, $"{what}文件“{file}”有 {length / 1048576} MB，超过了 {max / 1048576} MB 的上限（file too large）。",
                "请压缩或拆分文件；确有需要时在 site.yml 的 limits: 下调大 max_attachment_mb。");
            return null;
        }
        return resolved;
    }
}
