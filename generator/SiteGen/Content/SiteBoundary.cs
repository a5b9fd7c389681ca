using SiteGen.Diagnostics;

namespace SiteGen.Content;

/// <summary>A file found under a folder of the site: its path relative to that folder (forward slashes) and on disk.</summary>
internal sealed record FoundFile(string Relative, string FullPath);

/// <summary>
/// Keeps every read inside one folder (the site's, or for the theme shipped beside SiteGen, that
/// theme's). A symbolic link is followed only when the place it really leads to, every link on
/// the way resolved, is inside the folder: a link to a shared attachment elsewhere in the site is
/// fine, a link named 附件.pdf that leads to /etc/passwd is refused with an error naming it and is
/// never read or published. A folder is walked at most once, and links to folders only after
/// every folder reachable without them: a link to a folder already read (an ancestor: a loop; or a
/// folder content/ holds anyway: its documents twice; or one reached by many links, which could
/// multiply the tree without end) is an error naming the link, never a hang. A link to a folder
/// elsewhere in the site (a shared attachments folder) is followed. `..` in a path is resolved on
/// the real folders, as the system would.
/// </summary>
internal sealed class SiteBoundary
{
    // Linux gives up after 40 links in one path (ELOOP); so do we.
    private const int MaxLinks = 40;

    public SiteBoundary(string folder)
    {
        var full = Path.GetFullPath(folder);
        Root = RealPath(full) ?? full;
    }

    /// <summary>The real path of the folder, every link resolved.</summary>
    public string Root { get; }

    public bool Contains(string realPath) =>
        realPath == Root || realPath.StartsWith(Root.EndsWith(Path.DirectorySeparatorChar) ? Root : Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Why reading <paramref name="path"/> would leave the folder, or null when it stays inside.</summary>
    public string? Escape(string path)
    {
        var real = RealPath(path);
        if (real is null) return "符号链接形成循环（symbolic link loop）";
        return Contains(real) ? null : $"指向站点目录之外的“{real}”";
    }

    /// <summary>
    /// Every file under <paramref name="dir"/> (which must be inside the folder), sorted by relative
    /// path; names starting with '.' are skipped like the system's hidden files. A file or folder
    /// that leads outside, or a folder reached a second time through a link, is reported at
    /// <paramref name="displayPrefix"/>/its relative path and left out.
    /// </summary>
    public List<FoundFile> Files(string dir, string displayPrefix, DiagnosticBag diagnostics, ISet<string>? refused = null)
    {
        var found = new List<FoundFile>();
        if (RealPath(dir) is not { } realDir || !Contains(realDir))
        {
            Refuse(displayPrefix, "是符号链接，" + Escape(dir), diagnostics, refused, "");
            return found;
        }
        var visited = new HashSet<string>(StringComparer.Ordinal) { realDir };
        var pending = new Stack<(string Dir, string Relative, string Real)>();
        var linked = new List<(string Dir, string Relative, string Real)>();
        pending.Push((dir, "", realDir));
        while (pending.Count > 0)
        {
            var (current, relative, currentReal) = pending.Pop();
            // Sorted, and pushed so the first folder is walked first: which of two links to one
            // folder is reported does not depend on the order the file system lists them in.
            var subfolders = new List<(string, string, string)>();
            foreach (var entry in new DirectoryInfo(current).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                if (entry.Name.StartsWith('.')) continue;
                var rel = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
                var isLink = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
                var isDir = (entry.Attributes & FileAttributes.Directory) != 0;
                var real = Path.Combine(currentReal, entry.Name);
                if (isLink)
                {
                    var resolved = RealPath(entry.FullName);
                    if (resolved is null || !Contains(resolved))
                    {
                        Refuse(displayPrefix, "是符号链接，" + Escape(entry.FullName), diagnostics, refused, rel);
                        continue;
                    }
                    real = resolved;
                    isDir = Directory.Exists(real);
                    if (isDir)
                    {
                        // Followed after every folder reachable without links, so the real folder
                        // is never the one blamed for a duplicate.
                        linked.Add((entry.FullName, rel, real));
                        continue;
                    }
                    if (!File.Exists(real)) continue;
                }
                else if (isDir && !visited.Add(real))
                {
                    // Reached before through a link above it: the link made a loop.
                    Refuse(displayPrefix, "经符号链接又回到了已经读取过的目录（形成循环）", diagnostics, refused, rel);
                    continue;
                }
                if (isDir) subfolders.Add((entry.FullName, rel, real));
                else found.Add(new FoundFile(rel, entry.FullName));
            }
            for (var i = subfolders.Count - 1; i >= 0; i--) pending.Push(subfolders[i]);
            if (pending.Count > 0 || linked.Count == 0) continue;
            linked.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
            foreach (var link in linked)
            {
                if (visited.Add(link.Real)) pending.Push(link);
                else Refuse(displayPrefix, "是符号链接，指向已经读取过的目录（形成循环，或与已有目录重复）", diagnostics, refused, link.Relative);
            }
            linked.Clear();
        }
        found.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        return found;
    }

    private static void Refuse(string displayPrefix, string why, DiagnosticBag diagnostics, ISet<string>? refused, string rel)
    {
        var path = rel.Length == 0 ? displayPrefix : $"{displayPrefix}/{rel}";
        refused?.Add(rel);
        diagnostics.Error(SourcePosition.FileStart(path), DiagnosticCodes.PathEscape, $"“{path}”{why}，不会读取或发布。",
            "站点用到的文件都要放在站点目录里：请把文件本身复制进来，或删除这个链接。");
    }

    /// <summary>
    /// The path with every symbolic link resolved, component by component (so `..` after a link
    /// goes up from where the link really leads); null for a loop. Missing components are kept as written.
    /// </summary>
    public static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        // Components still to walk, the next one on top.
        var rest = new Stack<string>(Split(full[current.Length..]).Reverse());
        var links = 0;
        while (rest.Count > 0)
        {
            var part = rest.Pop();
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, part);
            string? target;
            try { target = new FileInfo(next).LinkTarget; }
            catch (IOException) { target = null; }
            catch (UnauthorizedAccessException) { target = null; }
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) return null;
            if (Path.IsPathRooted(target)) current = Path.GetPathRoot(target)!;
            foreach (var p in Split(Path.IsPathRooted(target) ? target[Path.GetPathRoot(target)!.Length..] : target).Reverse()) rest.Push(p);
        }
        return current;
    }

    private static string[] Split(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
