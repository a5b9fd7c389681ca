using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Init;

/// <summary>
/// The files `sitegen init` writes: real files under templates/site/ in SiteGen's repository,
/// shipped beside the binary like themes/, so they can be read and reviewed as they are. A file's
/// `{{key}}` tokens are replaced by the office's values; anything else (e.g. GitHub's
/// `${{ vars.X }}`) is left as written.
/// </summary>
internal static partial class SiteTemplate
{
    public const string FolderName = "site";

    /// <summary>templates/site beside the binary (release archive, .NET tool, test output).</summary>
    public static string? Locate()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "templates", FolderName);
        return File.Exists(Path.Combine(dir, "site.yml")) ? dir : null;
    }

    /// <summary>Copies every file of <paramref name="templateDir"/> (dot-files included) into <paramref name="targetDir"/>.</summary>
    public static IReadOnlyList<string> Write(string templateDir, string targetDir, IReadOnlyDictionary<string, string> values)
    {
        var written = new List<string>();
        foreach (var file in Directory.EnumerateFiles(templateDir, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
                     .Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(templateDir, file);
            var target = Path.Combine(targetDir, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var text = Fill(File.ReadAllText(file, Encoding.UTF8), values);
            File.WriteAllText(target, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            if (relative.EndsWith(".sh", StringComparison.Ordinal) && !OperatingSystem.IsWindows())
                File.SetUnixFileMode(target, File.GetUnixFileMode(target) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            written.Add(relative.Replace('\\', '/'));
        }
        return written;
    }

    public static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Token().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);

    [GeneratedRegex(@"\{\{([a-z0-9_]+)\}\}")]
    private static partial Regex Token();
}
