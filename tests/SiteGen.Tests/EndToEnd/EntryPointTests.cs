using System.Diagnostics;
using System.Runtime.InteropServices;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Core;

/// <summary>Runs apart from the other tests: publishing the compiled generator keeps every processor busy for a minute or two.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EntryPointCollection
{
    public const string Name = "entry point";
}

/// <summary>
/// The README's first command as a user runs it: `./sitegen` compiles the generator (on Linux
/// self-contained and ReadyToRun, see the script) and builds the sample site with it.
/// </summary>
[Collection(EntryPointCollection.Name)]
[Slow]
public sealed class EntryPointTests
{
    [Fact]
    public async Task ReadmeBuildCommand_CompilesTheGenerator_AndBuildsTheSampleSite()
    {
        var readme = File.ReadAllLines(Path.Combine(Repo.Root, "README.md"));
        Assert.Contains(readme.Take(6), l => l.StartsWith("./sitegen build --source . --out public ", StringComparison.Ordinal));

        using var dir = new TempDir();
        var output = Path.Combine(dir.Path, "public");
        var start = new ProcessStartInfo(Path.Combine(Repo.Root, "sitegen")) { WorkingDirectory = Repo.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "build", "--source", ".", "--out", output }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {await stderr}");
        Assert.Contains("已生成", stdout + await stderr);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.True(File.Exists(Path.Combine(output, ".sitegen", "manifest.json")));
        if (OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64)
            Assert.True(File.Exists(Path.Combine(Repo.Root, "generator", "SiteGen", "bin", "publish-linux-x64", "sitegen")), "./sitegen should run the compiled executable on Linux x64");
    }
}
