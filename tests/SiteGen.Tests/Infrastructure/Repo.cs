namespace SiteGen.Tests.Infrastructure;

/// <summary>Paths of the repository and of ../shared, found from the test binary's folder.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    // A worktree (/work/wt/NAME) sits one folder deeper than the main checkout (/work/main).
    public static string Shared => new[] { Path.Combine(Root, "..", "shared"), Path.Combine(Root, "..", "..", "shared") }
        .Select(Path.GetFullPath).FirstOrDefault(Directory.Exists) ?? Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string GenCorpus => Path.Combine(Shared, "tools", "gencorpus.py");

    public static string SiteYml => Path.Combine(Root, "site.yml");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
    }
}
