namespace SiteGen.Serving;

/// <summary>
/// The folder a server serves, and the only way to turn a request path into a file: symbolic
/// links are followed as the operating system would, and a file or folder whose real location is
/// outside the real site root is not found. The root is resolved on each request, so a root that
/// is itself a link (a releases/current layout) or a folder swapped by `sitegen build` is followed.
/// </summary>
internal sealed class SiteFolder(string root)
{
    private const int MaxLinks = 40;

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The real path of ROOT/relative when it stays inside the real root (it may not exist), else null.</summary>
    public string? Find(string relative)
    {
        var realRoot = RealPath(Root);
        var real = realRoot is null ? null : RealPath(Path.Combine(realRoot, relative));
        return real is not null && IsInside(realRoot!, real) ? real : null;
    }

    private static bool IsInside(string root, string path) =>
        path == root || path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Like realpath(3), but for paths that need not exist; null on a link loop.</summary>
    public static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Segments(full[current.Length..]).Reverse());
        var links = 0;
        while (pending.Count > 0)
        {
            var segment = pending.Pop();
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, segment);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) return null;
            if (Path.IsPathRooted(target)) current = Path.GetPathRoot(target)!;
            foreach (var s in Segments(Path.IsPathRooted(target) ? target[Path.GetPathRoot(target)!.Length..] : target).Reverse()) pending.Push(s);
        }
        return current;
    }

    private static string[] Segments(string path) => path.Split(['/', Path.DirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
