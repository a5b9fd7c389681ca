using SiteGen.Build;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Reports;

/// <summary>
/// A private copy of the repository's sample site (site.yml and content/), for tests that break
/// one of its annual reports on purpose and look for the error.
/// </summary>
public sealed class SampleCopy : IDisposable
{
    public const string AsOf = "2026-11-26";
    public const string Report2024 = "content/xxgk/nb/2024.md";
    public const string Report2025Data = "content/xxgk/nb/2025.report.yml";
    private readonly TempDir _dir = new("sitegen-sample-copy");

    public SampleCopy()
    {
        File.Copy(Repo.SiteYml, Path.Combine(Root, "site.yml"));
        var content = Path.Combine(Repo.Root, "content");
        foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, "content", Path.GetRelativePath(content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root => _dir.Path;

    /// <summary>Replaces exactly one occurrence of <paramref name="from"/> in a file of the copy; returns the 1-based line it is on.</summary>
    public int Replace(string relative, string from, string to)
    {
        var path = Path.Combine(Root, relative);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(from, at + 1, StringComparison.Ordinal) < 0, $"“{from}” must occur exactly once in {relative}");
        File.WriteAllText(path, text[..at] + to + text[(at + from.Length)..]);
        return text[..at].Count(c => c == '\n') + 1;
    }

    public void Delete(string relative) => File.Delete(Path.Combine(Root, relative));

    internal BuildResult Build(bool write = false) =>
        SiteBuilder.Build(new BuildOptions { SourceDir = Root, OutputDir = write ? Path.Combine(Root, "public") : null, AsOf = DateOnly.Parse(AsOf) });

    public void Dispose() => _dir.Dispose();
}
