namespace SiteGen.Build;

/// <summary>
/// The git commit a site's source is at, for the integrity manifest: read from the repository's own
/// files (HEAD, loose refs, packed-refs, a worktree's gitdir) so a build needs no git program, and
/// from the commit variables CI runners set when the folder is no repository (an exported tree).
/// </summary>
internal static class SourceCommit
{
    /// <summary>GitHub Actions, GitLab CI, Jenkins' git plugin, Gitea/Drone/Woodpecker.</summary>
    private static readonly string[] CiVariables = ["GITHUB_SHA", "CI_COMMIT_SHA", "GIT_COMMIT", "DRONE_COMMIT_SHA", "CI_COMMIT_SHA1"];

    /// <summary>The 40- or 64-hex commit id, lower case; null when neither git nor CI says.</summary>
    public static string? Of(string sourceDir) => FromRepository(sourceDir) ?? FromEnvironment();

    private static string? FromEnvironment() =>
        CiVariables.Select(Environment.GetEnvironmentVariable).Select(Normalise).FirstOrDefault(c => c is not null);

    private static string? FromRepository(string sourceDir)
    {
        try
        {
            var gitDir = FindGitDir(Path.GetFullPath(sourceDir));
            if (gitDir is null) return null;
            // A linked worktree keeps HEAD in its own folder and the refs in the common one.
            var commonFile = Path.Combine(gitDir, "commondir");
            var commonDir = File.Exists(commonFile) ? Path.GetFullPath(Path.Combine(gitDir, File.ReadAllText(commonFile).Trim())) : gitDir;
            var head = File.ReadAllText(Path.Combine(gitDir, "HEAD")).Trim();
            // Symbolic refs can chain (rarely); a handful of steps is plenty and ends any loop.
            for (var step = 0; step < 5 && head.StartsWith("ref:", StringComparison.Ordinal); step++)
                head = ResolveRef(head[4..].Trim(), gitDir, commonDir) ?? "";
            return Normalise(head);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The .git folder of the repository holding dir, following a worktree's or submodule's `.git` file.</summary>
    private static string? FindGitDir(string dir)
    {
        for (var d = new DirectoryInfo(dir); d is not null; d = d.Parent)
        {
            var dotGit = Path.Combine(d.FullName, ".git");
            if (Directory.Exists(dotGit)) return dotGit;
            if (File.Exists(dotGit))
            {
                var line = File.ReadAllText(dotGit).Trim();
                return line.StartsWith("gitdir:", StringComparison.Ordinal) ? Path.GetFullPath(Path.Combine(d.FullName, line[7..].Trim())) : null;
            }
        }
        return null;
    }

    private static string? ResolveRef(string name, string gitDir, string commonDir)
    {
        foreach (var dir in new[] { gitDir, commonDir })
        {
            var loose = Path.Combine(dir, name);
            if (File.Exists(loose)) return File.ReadAllText(loose).Trim();
        }
        var packed = Path.Combine(commonDir, "packed-refs");
        if (!File.Exists(packed)) return null;
        foreach (var line in File.ReadLines(packed))
        {
            var space = line.IndexOf(' ');
            if (space > 0 && !line.StartsWith('#') && !line.StartsWith('^') && line[(space + 1)..] == name) return line[..space];
        }
        return null;
    }

    private static string? Normalise(string? id)
    {
        id = id?.Trim().ToLowerInvariant();
        return id is { Length: 40 or 64 } && id.All(char.IsAsciiHexDigitLower) ? id : null;
    }
}
