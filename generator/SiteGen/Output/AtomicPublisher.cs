namespace SiteGen.Output;

/// <summary>
/// Builds into a staging folder beside the output and swaps it in only when the build succeeded,
/// so a failed build leaves what is published byte-for-byte as it was.
/// </summary>
internal sealed class AtomicPublisher : IDisposable
{
    private readonly string _target;
    private bool _committed;

    public AtomicPublisher(string outputDir)
    {
        _target = Path.GetFullPath(outputDir.TrimEnd('/', '\\'));
        var parent = Path.GetDirectoryName(_target)!;
        Directory.CreateDirectory(parent);
        Staging = Path.Combine(parent, $".{Path.GetFileName(_target)}.staging-{Environment.ProcessId}");
        if (Directory.Exists(Staging)) Directory.Delete(Staging, recursive: true);
        Directory.CreateDirectory(Staging);
    }

    public string Staging { get; }

    /// <summary>Replaces the output folder with the staging folder (two renames; the old tree is removed after).</summary>
    public void Commit()
    {
        var old = _target + $".old-{Environment.ProcessId}";
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
        if (Directory.Exists(_target)) Directory.Move(_target, old);
        Directory.Move(Staging, _target);
        _committed = true;
        if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Staging)) Directory.Delete(Staging, recursive: true);
    }
}
