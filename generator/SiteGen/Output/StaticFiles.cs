using SiteGen.Rendering;

namespace SiteGen.Output;

/// <summary>Copies the theme's static/ folder (CSS, scripts, icons) to the output root; a site's own static/ overrides it.</summary>
internal static class StaticFiles
{
    public static void Copy(RenderContext context)
    {
        // The site's own static/ comes last in StaticDirs but must win, so copy in reverse order.
        foreach (var dir in context.Theme.StaticDirs.Reverse().Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(dir, file).Replace('\\', '/');
                context.Output.Copy(file, relative, "static/" + relative);
            }
        }
    }
}
