using System.IO.Compression;

namespace SiteGen.Import;

/// <summary>
/// A .docx is a zip: before the Open XML SDK reads it, refuse files that are too large, expand to
/// too much, or compress too well (a zip bomb), from the sizes the archive declares; the SDK's
/// own per-part character limit guards against an archive that lies about them.
/// </summary>
internal static class ImportLimits
{
    public const long MaxFileBytes = 50L * 1024 * 1024;
    public const long MaxExpandedBytes = 200L * 1024 * 1024;
    public const long MaxPartCharacters = 50L * 1024 * 1024;
    /// <summary>Word's XML compresses about 10:1; 100:1 on an entry of over 1 MB is a bomb, not a document.</summary>
    public const double MaxRatio = 100;

    /// <summary>Null when the archive may be opened, else the reason (Chinese, for the editor).</summary>
    public static string? CheckZip(string file)
    {
        var size = new FileInfo(file).Length;
        if (size > MaxFileBytes) return $"文件有 {size / 1024 / 1024} MB，超过 {MaxFileBytes / 1024 / 1024} MB 的导入上限。";
        try
        {
            using var zip = ZipFile.OpenRead(file);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxExpandedBytes) return $"解压后超过 {MaxExpandedBytes / 1024 / 1024} MB，疑似压缩炸弹，已拒绝。";
                if (entry.Length > 1024 * 1024 && entry.Length > MaxRatio * Math.Max(1, entry.CompressedLength))
                    return $"其中的 {entry.FullName} 压缩比超过 {MaxRatio}:1，疑似压缩炸弹，已拒绝。";
            }
        }
        catch (InvalidDataException)
        {
            return "不是有效的 .docx 文件（可能是旧版 .doc 或已损坏）；请在 Word 中另存为 .docx。";
        }
        return null;
    }

    public static string? CheckText(string file)
    {
        var size = new FileInfo(file).Length;
        return size > MaxFileBytes ? $"文件有 {size / 1024 / 1024} MB，超过导入上限。" : null;
    }
}
