using SiteGen.Rendering;

namespace SiteGen.Output;

/// <summary>Copies the theme's static/ folder (CSS, scripts, icons) to the output root; a site's own static/ overrides it.</summary>
internal static class StaticFiles
{
    public static void Copy(RenderContext context)
    {
        foreach (var (relative, file) in Enumerate(context.Theme))
        {
            if (relative.EndsWith(".js", StringComparison.Ordinal) && context.Output.OwnerOf(relative) is null)
                context.Output.Write(relative, Compact(File.ReadAllText(file)), "static/" + relative);
            else
                context.Output.Copy(file, relative, "static/" + relative);
        }
    }

    /// <summary>
    /// The theme's scripts are written for people (comments, indentation); readers on slow links
    /// get them without whole-line // comments and leading indentation. Safe for our scripts: they
    /// use no template literals or multi-line strings, where a line's start would be data.
    /// </summary>
    public static string Compact(string script)
    {
        var lines = script.Replace("\r\n", "\n").Split('\n')
            .Select(l => l.TrimStart(' ', '\t'))
            .Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal));
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>Output path and source file of each static file, the site's own first (the offline copies include them all).</summary>
    public static IEnumerable<(string Relative, string File)> Enumerate(Theme theme) => theme.StaticFiles;
}
