using System.Collections.Concurrent;

namespace SiteGen.Watch;

/// <summary>
/// Watches what a build reads — content/, site.yml, the site's themes/, layouts/ and static/, and
/// the theme in use — and hands out changed paths (relative to the site folder) in batches: an
/// editor's save is often several events (temp file, rename, attribute change), so a batch is
/// closed only after <see cref="Quiet"/> without events. Editor temp files are ignored.
/// </summary>
internal sealed class SourceWatcher : IDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    private readonly string _siteDir;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly ConcurrentDictionary<string, byte> _pending = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _signal = new(0);
    private DateTime _last = DateTime.MinValue;

    public SourceWatcher(string siteDir, string? themeDir)
    {
        _siteDir = Path.GetFullPath(siteDir);
        foreach (var dir in new[] { "content", "themes", "layouts", "static" }.Select(d => Path.Combine(_siteDir, d)).Append(themeDir))
            if (dir is not null && Directory.Exists(dir) && !_watchers.Any(w => IsInside(w.Path, dir))) Watch(dir, "*", subdirectories: true);
        Watch(_siteDir, "site.yml", subdirectories: false);
    }

    private void Watch(string dir, string filter, bool subdirectories)
    {
        var w = new FileSystemWatcher(dir, filter)
        {
            IncludeSubdirectories = subdirectories,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        w.Changed += (_, e) => Add(e.FullPath);
        w.Created += (_, e) => Add(e.FullPath);
        w.Deleted += (_, e) => Add(e.FullPath);
        w.Renamed += (_, e) => { Add(e.OldFullPath); Add(e.FullPath); };
        // Events were lost (too many at once): report a change of site.yml, which means a full build.
        w.Error += (_, _) => Add(Path.Combine(_siteDir, "site.yml"));
        w.EnableRaisingEvents = true;
        _watchers.Add(w);
    }

    private void Add(string fullPath)
    {
        var name = Path.GetFileName(fullPath);
        if (name.StartsWith('.') || name.StartsWith("~$", StringComparison.Ordinal) || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".tmp", StringComparison.Ordinal))
            return;
        var relative = Path.GetRelativePath(_siteDir, fullPath).Replace('\\', '/');
        // A theme outside the site folder (the one shipped beside the generator) counts as the theme.
        if (relative.StartsWith("..", StringComparison.Ordinal)) relative = "themes/" + name;
        _pending[relative] = 0;
        _last = DateTime.UtcNow;
        _signal.Release();
    }

    /// <summary>Waits for changes and returns them once things have been quiet for <see cref="Quiet"/>.</summary>
    public async Task<IReadOnlyCollection<string>> NextAsync(CancellationToken cancel)
    {
        await _signal.WaitAsync(cancel);
        while (DateTime.UtcNow - _last < Quiet) await Task.Delay(Quiet, cancel);
        while (_signal.CurrentCount > 0) await _signal.WaitAsync(cancel);
        var batch = _pending.Keys.Order(StringComparer.Ordinal).ToList();
        foreach (var p in batch) _pending.TryRemove(p, out _);
        return batch;
    }

    private static bool IsInside(string dir, string path) =>
        (Path.GetFullPath(path).TrimEnd('/') + "/").StartsWith(Path.GetFullPath(dir).TrimEnd('/') + "/", StringComparison.Ordinal);

    public void Dispose()
    {
        foreach (var w in _watchers) w.Dispose();
        _signal.Dispose();
    }
}
