using SiteGen.Diagnostics;

namespace SiteGen.Build;

/// <summary>
/// `serve --watch` without the server: waits for changes, rebuilds (incrementally when it can),
/// prints the outcome and the diagnostics on the terminal, and tells open pages through
/// <see cref="LiveReload"/>: a new version after a good build, the error after a failed one, while
/// the last good site stays in the output folder.
/// </summary>
internal sealed class WatchLoop(IncrementalBuild build, SourceWatcher watcher, LiveReload live, TextWriter log)
{
    public async Task RunAsync(CancellationToken cancel)
    {
        while (!cancel.IsCancellationRequested)
        {
            IReadOnlyCollection<string> changed;
            try { changed = await watcher.NextAsync(cancel); }
            catch (OperationCanceledException) { return; }
            Apply(changed);
        }
    }

    public RebuildResult Apply(IReadOnlyCollection<string> changed)
    {
        var result = build.Update(changed);
        lock (log)
        {
            foreach (var d in result.Diagnostics) log.WriteLine(d);
            if (result.Succeeded)
            {
                log.WriteLine($"已重新生成（{(result.Full ? "全部" : string.Join("、", result.Written))}，{result.Ms:0} 毫秒）。");
                live.Succeeded();
            }
            else
            {
                var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
                log.WriteLine($"生成失败：{errors.Count} 个错误，网站保持上一次成功的版本。");
                live.Failed(string.Join("\n", errors.Select(d => d.ToString())));
            }
            log.Flush();
        }
        return result;
    }
}
