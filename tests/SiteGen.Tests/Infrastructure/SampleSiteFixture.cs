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
        _server = new Lazy<StaticServer>(() => Task.Run(() => StaticServer.StartAsync(Out)).GetAwaiter().GetResult());
        Result = SiteBuilder.Build(new BuildOptions { SourceDir = Repo.Root, OutputDir = Out, AsOf = DateOnly.Parse(AsOf) });
        if (!Result.Succeeded)
            throw new InvalidOperationException("the sample site does not build:\n" + string.Join("\n", Result.Diagnostics));
    }

    internal BuildResult Result { get; }
    public string Out => Path.Combine(_dir.Path, "public");

    public string Read(string relative) => File.ReadAllText(Path.Combine(Out, relative));

    public string FileUrl(string relative) => new Uri(Path.Combine(Out, relative)).AbsoluteUri;

    private readonly Lazy<StaticServer> _server;

    /// <summary>
    /// The page over HTTP from a static server at the site root, for pages meant to be served
    /// rather than opened from disk (the 404 page links from the root path, as any depth needs).
    /// </summary>
    public string HttpUrl(string relative) => _server.Value.BaseUrl + relative;

    public void Dispose()
    {
        if (_server.IsValueCreated) Task.Run(() => _server.Value.DisposeAsync().AsTask()).GetAwaiter().GetResult();
        _dir.Dispose();
    }
}
