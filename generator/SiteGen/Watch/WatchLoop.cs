using SiteGen.Diagnostics;

namespace SiteGen.Watch;

/// <summary>
/// `serve --watch` without the server: waits for changes, rebuilds (incrementally when it can),
/// prints the outcome and the diagnostics on the terminal, and tells open pages through
/// <see cref="LiveReload"/>: a new version after a good build, the error after a failed one, while
/// the last good site stays in the output folder.
/// </summary>
internal sealed class WatchLoop(IncrementalBuild build, SourceWatcher watcher, LiveReload live, TextWriter log, bool verbose = false)
{
    public async Task RunAsync(CancellationToken cancel)
    {
        build.Refresh.Done += Refreshed;
        try { await Loop(cancel); }
        finally { build.Refresh.Done -= Refreshed; }
    }

    private void Refreshed(RefreshOutcome outcome)
    {
        lock (log)
        {
            if (outcome.Succeeded) log.WriteLine($"搜索索引、公报离线包和防篡改清单已更新（后台完整生成 {outcome.Ms / 1000:0.0} 秒）。");
            else
            {
                foreach (var line in outcome.Errors) log.WriteLine(line);
                log.WriteLine("后台完整生成失败：搜索索引、公报离线包和防篡改清单未更新。");
            }
            log.Flush();
        }
    }

    private async Task Loop(CancellationToken cancel)
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
                var what = result.Full ? "全部" : result.Written.Count + result.Removed.Count <= 5
                    ? string.Join("、", result.Written.Concat(result.Removed.Select(r => "删除 " + r)).DefaultIfEmpty("没有文件改变"))
                    : $"{result.Written.Count} 个文件改变，{result.Removed.Count} 个删除";
                log.WriteLine($"已重新生成（{what}，{result.Ms:0} 毫秒）{(result.Full ? "" : "；搜索索引、公报离线包和防篡改清单随后在后台更新")}。");
                if (verbose && result.Stages.Count > 0) log.WriteLine("  " + string.Join("，", result.Stages.Select(s => $"{s.Stage} {s.Ms:0} ms")));
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
