using SiteGen.Content;
using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// Checks a file that a document or issue names (attachment, image, linked file, print PDF): it
/// must stay inside content/, be of an allowed type and exist. Returns its content-relative path.
/// </summary>
internal sealed class FileChecker(ContentTree tree, DiagnosticBag diagnostics)
{
    public string? Check(string folder, string file, SourcePosition at, string what)
    {
        var resolved = AssetPolicy.Resolve(folder, file);
        if (resolved is null)
        {
            diagnostics.Error(at, "path-escape", $"{what}路径“{file}”指向 content 目录之外或不是相对路径。", "文件应放在文档旁边，用相对路径引用，如 `fujian1.pdf`。");
            return null;
        }
        if (!AssetPolicy.IsAllowed(resolved))
        {
            diagnostics.Error(at, "file-type", $"{what}“{file}”的类型不允许发布（可能在浏览器中执行代码）。",
                AssetPolicy.IsSvg(resolved)
                    ? "SVG 图片可以内嵌脚本，不予发布：请导出为 PNG。"
                    : $"允许的类型：{string.Join("、", AssetPolicy.Allowed.Order(StringComparer.Ordinal))}。网页请转为 PDF。");
            return null;
        }
        if (!tree.Assets.Contains(resolved))
        {
            diagnostics.Error(at, "missing-file", $"{what}文件“{file}”不存在（应在 content/{resolved}）。", "请把文件放到文档旁边，或改正文件名（注意大小写）。");
            return null;
        }
        return resolved;
    }
}
