using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>
/// Red 错误 and yellow 警告 where a person reads them on a terminal; plain text when the output
/// goes to a file, a pipe or a CI log, and when NO_COLOR is set (https://no-color.org) or the
/// terminal is `dumb`, so logs and tools never see escape codes.
/// </summary>
internal sealed class TerminalColors(bool enabled)
{
    public static readonly TerminalColors None = new(false);

    private const string Red = "\x1b[1;31m", Yellow = "\x1b[1;33m", Reset = "\x1b[0m";

    public bool Enabled => enabled;

    /// <summary>Colours for this writer: only the process's own stdout or stderr, and only on a terminal.</summary>
    public static TerminalColors For(TextWriter writer, Func<string, string?> env)
    {
        var terminal = ReferenceEquals(writer, Console.Error) ? !Console.IsErrorRedirected
            : ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        return new(Decide(terminal, env));
    }

    public static bool Decide(bool terminal, Func<string, string?> env) =>
        terminal && env("NO_COLOR") is null or "" && env("TERM") is not "dumb";

    public string Error(string text) => enabled ? Red + text + Reset : text;

    public string Warning(string text) => enabled ? Yellow + text + Reset : text;

    /// <summary>The diagnostic's usual line with its 错误/警告 label coloured; the rest stays as it is.</summary>
    public string Format(Diagnostic d)
    {
        var line = d.ToString();
        if (!enabled) return line;
        var at = $"{d.Path}:{d.Line}:{d.Column}: ".Length;
        var coloured = d.Severity == Severity.Error ? Error(d.SeverityLabel) : Warning(d.SeverityLabel);
        return string.Concat(line.AsSpan(0, at), coloured, line.AsSpan(at + d.SeverityLabel.Length));
    }
}
