namespace SiteGen.Diagnostics;

internal enum Severity { Warning, Error }

/// <summary>
/// One problem an editor can act on: where (path relative to the site folder, 1-based line and
/// column), how bad, a stable code for tools and tests, the message with the offending value, and
/// the fix. Messages are Chinese because the editors are.
/// </summary>
internal sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Code, string Message, string? Hint = null)
{
    public string SeverityLabel => Severity == Severity.Error ? "错误" : "警告";

    public override string ToString()
    {
        var text = $"{Path}:{Line}:{Column}: {SeverityLabel} {Code}: {Message}";
        return Hint is null ? text : $"{text} {Hint}";
    }
}
