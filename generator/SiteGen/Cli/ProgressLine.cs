namespace SiteGen.Cli;

/// <summary>
/// One self-overwriting status line on an interactive terminal (`\r` + erase); nothing at all when
/// the output is redirected or runs in CI, so logs stay clean.
/// </summary>
internal sealed class ProgressLine(TextWriter stderr, bool enabled)
{
    private readonly Lock _lock = new();
    private bool _shown;

    /// <summary>True for the process's own stderr on a terminal outside CI.</summary>
    public static bool IsTerminal(TextWriter stderr, Func<string, string?> env) =>
        ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected
        && env("CI") is null or "" && env("TERM") is not "dumb";

    public void Stage(string stage, double totalMs)
    {
        if (!enabled) return;
        lock (_lock)
        {
            stderr.Write($"\r\x1b[K sitegen: {stage} 完成（{totalMs / 1000:0.0} 秒）…");
            _shown = true;
        }
    }

    public void Clear()
    {
        if (!_shown) return;
        lock (_lock) stderr.Write("\r\x1b[K");
        _shown = false;
    }
}
