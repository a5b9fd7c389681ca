namespace SiteGen.Diagnostics;

internal enum Severity
{
    Warning,
    Error,
    /// <summary>
    /// 提示: a finding that depends on today's date (a stale column, a consultation awaiting its
    /// feedback, a report deadline). Reported everywhere, never fails a run, whatever the flags:
    /// the passing of time must not stop the daily publish.
    /// </summary>
    Notice,
}

/// <summary>
/// One problem an editor can act on: where (path relative to the site folder, 1-based line and
/// column), how bad, a stable code for tools and tests, the message with the offending value, and
/// the fix. Messages are Chinese because the editors are.
/// </summary>
internal sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Code, string Message, string? Hint = null)
{
    public string SeverityLabel => Severity switch { Severity.Error => "错误", Severity.Notice => "提示", _ => "警告" };

    /// <summary>The English name JSON reports and CI tools use: error, warning or notice.</summary>
    public string SeverityName => Severity switch { Severity.Error => "error", Severity.Notice => "notice", _ => "warning" };

    public override string ToString()
    {
        var text = $"{Path}:{Line}:{Column}: {SeverityLabel} {Code}: {Message}";
        return Hint is null ? text : $"{text} {Hint}";
    }
}
