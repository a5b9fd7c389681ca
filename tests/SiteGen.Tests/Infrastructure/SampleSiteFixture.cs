using SiteGen.Build;

namespace SiteGen.Tests.Infrastructure;

/// <summary>
/// The repository's sample site (content/ + site.yml), built once per test collection into a temp
/// folder with a fixed build date, so tests see the same output every run.
/// </summary>
public sealed class SampleSiteFixture : IDisposable
{
    public const string AsOf = "2026-11-26";
    private readonly TempDir _dir = new("sitegen-sample");

    public SampleSiteFixture()
    {
        Result = SiteBuilder.Build(new BuildOptions { SourceDir = Repo.Root, OutputDir = Out, AsOf = DateOnly.Parse(AsOf) });
        if (!Result.Succeeded)
            throw new InvalidOperationException("the sample site does not build:\n" + string.Join("\n", Result.Diagnostics));
    }

    internal BuildResult Result { get; }
    public string Out => Path.Combine(_dir.Path, "public");

    public string Read(string relative) => File.ReadAllText(Path.Combine(Out, relative));

    public string FileUrl(string relative) => new Uri(Path.Combine(Out, relative)).AbsoluteUri;

    public void Dispose() => _dir.Dispose();
}
