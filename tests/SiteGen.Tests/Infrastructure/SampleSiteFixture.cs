using SiteGen.Build;

namespace SiteGen.Tests.Infrastructure;

/// <summary>
/// The repository's sample site (content/ + site.yml), built into a temp folder with a fixed build
/// date, so tests see the same output every run. It is built once per test run and shared by every
/// class that takes this fixture (their tests only read it), and removed when the run ends.
/// </summary>
public sealed class SampleSiteFixture : IDisposable
{
    public const string AsOf = "2026-11-26";

    private static readonly Lazy<(TempDir Dir, BuildResult Result)> Shared = new(BuildOnce, LazyThreadSafetyMode.ExecutionAndPublication);

    private static (TempDir, BuildResult) BuildOnce()
    {
        var dir = new TempDir("sitegen-sample");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => dir.Dispose();
        var result = SiteBuilder.Build(new BuildOptions { SourceDir = Repo.Root, OutputDir = Path.Combine(dir.Path, "public"), AsOf = DateOnly.Parse(AsOf) });
        if (!result.Succeeded)
            throw new InvalidOperationException("the sample site does not build:\n" + string.Join("\n", result.Diagnostics));
        return (dir, result);
    }

    internal BuildResult Result => Shared.Value.Result;
    public string Out { get; } = Path.Combine(Shared.Value.Dir.Path, "public");

    public string Read(string relative) => File.ReadAllText(Path.Combine(Out, relative));

    public string FileUrl(string relative) => new Uri(Path.Combine(Out, relative)).AbsoluteUri;

    // Started on first use, not in the constructor: the fixture itself stays in the fast tier
    // (SlowMarkingTests), only tests that ask for HTTP reach the server.
    private readonly Lock _serverLock = new();
    private StaticServer? _server;

    /// <summary>
    /// The page over HTTP from a static server at the site root, for pages meant to be served
    /// rather than opened from disk (the 404 page links from the root path, as any depth needs).
    /// </summary>
    public string HttpUrl(string relative)
    {
        lock (_serverLock) _server ??= Task.Run(() => StaticServer.StartAsync(Out)).GetAwaiter().GetResult();
        return _server.BaseUrl + relative;
    }

    public void Dispose()
    {
        if (_server is { } server) Task.Run(() => server.DisposeAsync().AsTask()).GetAwaiter().GetResult();
    }
}
