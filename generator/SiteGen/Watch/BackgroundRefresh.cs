using SiteGen.Build;
using System.Diagnostics;
using SiteGen.Output;

namespace SiteGen.Watch;

/// <summary>How a background refresh ended: swapped in, or failed with the full build's error lines.</summary>
internal sealed record RefreshOutcome(bool Succeeded, double Ms, IReadOnlyList<string> Errors);

/// <summary>
/// After a fast rebuild in `serve --watch`, the whole-site artefacts that cannot be redone in under
/// a second — the search index (search/), the offline 公报 zips with their download page and the
/// integrity manifest (.sitegen/) — are brought up to date by a full build (`sitegen build`) of
/// the same content into a folder beside the output, swapped in when it is done. It runs as a
/// child process at low priority (nice 10), so the next fast rebuild keeps the processor, and a
/// newer edit ends it at once (by its process id) and starts another after that rebuild: the
/// served site equals what a full build gives a short while after the last edit. An older result
/// never replaces a newer one: the swap happens under the same lock as the fast rebuild's writes,
/// and only if no rebuild started since this refresh did (<paramref name="generation"/>).
/// </summary>
internal sealed class BackgroundRefresh(BuildOptions options, Lock writes, Func<int> generation, Action<HashSet<string>> swapped)
{
    /// <summary>Waits this long after an edit first: an editor often saves several times in a row.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(500);

    private readonly Lock _lock = new();
    private CancellationTokenSource? _cancel;

    /// <summary>The refresh under way (or the last one); null when it was cancelled or superseded.</summary>
    public Task<RefreshOutcome?> Current { get; private set; } = Task.FromResult<RefreshOutcome?>(null);

    /// <summary>Called with a refresh's outcome once it was swapped in (or failed), not when superseded.</summary>
    public event Action<RefreshOutcome>? Done;

    public void Cancel() => CancelCurrent();

    /// <summary>
    /// Cancels the refresh under way and waits until its build process is gone and its folders are
    /// removed: `serve --watch` stopping (Ctrl-C) during a refresh left the build running on its own
    /// and its hidden folder beside the output.
    /// </summary>
    public void Stop()
    {
        var current = CancelCurrent();
        try
        {
            current.Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
            // A refresh that failed has nothing left to stop.
        }
    }

    /// <summary>Cancels the refresh under way, if any, and returns it (its task) as it was at that moment.</summary>
    private Task CancelCurrent()
    {
        lock (_lock)
        {
            _cancel?.Cancel();
            _cancel = null;
            return Current;
        }
    }

    public void Start()
    {
        lock (_lock)
        {
            _cancel?.Cancel();
            var cancel = _cancel = new CancellationTokenSource();
            var started = generation();
            Current = Task.Run(() => Run(started, cancel.Token));
        }
    }

    private async Task<RefreshOutcome?> Run(int started, CancellationToken cancel)
    {
        var target = Path.GetFullPath(options.OutputDir!.TrimEnd('/', '\\'));
        var fresh = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.refresh-{Environment.ProcessId}-{started}");
        var watch = Stopwatch.StartNew();
        try
        {
            await Task.Delay(Delay, cancel);
            var (exit, errors) = await BuildAsync(fresh, cancel);
            if (exit != 0 || !Directory.Exists(fresh))
            {
                var failed = new RefreshOutcome(false, watch.Elapsed.TotalMilliseconds, errors);
                Done?.Invoke(failed);
                return failed;
            }
            var files = OutputTree.Files(fresh).ToHashSet(StringComparer.Ordinal);
            var old = target + $".old-{Environment.ProcessId}-{started}";
            lock (writes)
            {
                if (generation() != started || cancel.IsCancellationRequested) return null;
                Directory.Move(target, old);
                Directory.Move(fresh, target);
                swapped(files);
            }
            Directory.Delete(old, recursive: true);
            var outcome = new RefreshOutcome(true, watch.Elapsed.TotalMilliseconds, []);
            Done?.Invoke(outcome);
            return outcome;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        finally
        {
            if (Directory.Exists(fresh)) Directory.Delete(fresh, recursive: true);
        }
    }

    /// <summary>Runs `sitegen build` into <paramref name="fresh"/>; killed when cancelled. Returns its exit code and error lines.</summary>
    private async Task<(int Exit, List<string> Errors)> BuildAsync(string fresh, CancellationToken cancel)
    {
        // The same generator as this process: `dotnet sitegen.dll`, or the self-contained executable
        // that ./sitegen publishes (its own runtime; there may be no `dotnet` beside it).
        var host = Environment.ProcessPath;
        var command = host is not null && Path.GetFileNameWithoutExtension(host) == "dotnet"
            ? new List<string> { host, typeof(BackgroundRefresh).Assembly.Location }
            : host is not null && Path.GetFileNameWithoutExtension(host) == "sitegen"
                ? [host]
                : ["dotnet", typeof(BackgroundRefresh).Assembly.Location];
        command.AddRange(["build", "--source", options.SourceDir, "--out", fresh, .. Cli.AsOfOption.Arguments(options.AsOf)]);
        if (options.Strict) command.Add("--strict");
        if (File.Exists("/usr/bin/nice")) command.InsertRange(0, ["/usr/bin/nice", "-n", "10"]);
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in command.Skip(1)) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(cancel);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            // Its staging folder (see AtomicPublisher) is left by a killed build.
            foreach (var dir in Directory.EnumerateDirectories(Path.GetDirectoryName(fresh)!, $".{Path.GetFileName(fresh)}.staging-*"))
                Directory.Delete(dir, recursive: true);
            throw;
        }
        var lines = ((await stdout) + "\n" + (await stderr)).Split('\n').Where(l => l.Contains(" 错误 ", StringComparison.Ordinal)).ToList();
        return (process.ExitCode, lines);
    }
}
