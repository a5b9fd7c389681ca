using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>
/// How `build` and `check` print diagnostics: `text` (path:line:col: 警告 code: message), `github`
/// (workflow commands, which GitHub shows as annotations on the failing lines, plus a Markdown
/// summary in $GITHUB_STEP_SUMMARY) or `gitlab` (text in the log plus a Code Quality report,
/// which GitLab shows on the merge request's changed lines).
/// </summary>
internal sealed class DiagnosticOutput
{
    public static readonly string[] Formats = ["text", "github", "gitlab"];
    public const string GitLabReport = "gl-code-quality-report.json";

    private readonly string _format;
    private readonly string _prefix;
    private readonly Func<string, string?> _env;

    /// <param name="sourceDir">The site folder: diagnostics' paths are relative to it, CI wants paths relative to the repository.</param>
    /// <param name="env">Environment lookup (tests pass their own).</param>
    public DiagnosticOutput(string format, string sourceDir, Func<string, string?> env)
    {
        if (!Formats.Contains(format, StringComparer.Ordinal))
            throw new UsageException($"--format 应为 {string.Join("、", Formats)} 之一，现在是“{format}”（unknown format）。");
        _format = format;
        _env = env;
        var workspace = env("GITHUB_WORKSPACE") ?? env("CI_PROJECT_DIR") ?? Directory.GetCurrentDirectory();
        var relative = Path.GetRelativePath(workspace, sourceDir).Replace('\\', '/');
        _prefix = relative is "." || relative.StartsWith("..", StringComparison.Ordinal) ? "" : relative + "/";
    }

    /// <summary>Colours for the 错误/警告 labels of the text lines (none unless stderr is a terminal).</summary>
    public TerminalColors Colors { get; init; } = TerminalColors.None;

    public void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter stdout, TextWriter stderr)
    {
        switch (_format)
        {
            case "github":
                foreach (var d in diagnostics) stdout.WriteLine(GitHubCommand(d));
                break;
            case "gitlab":
                foreach (var d in diagnostics) stderr.WriteLine(Colors.Format(d with { Path = _prefix + d.Path }));
                File.WriteAllText(_env("SITEGEN_CODEQUALITY") ?? GitLabReport, CodeQuality(diagnostics));
                break;
            default:
                foreach (var d in diagnostics) stderr.WriteLine(Colors.Format(d));
                break;
        }
    }

    /// <summary>Counts per code, for the CI job page (GitHub step summary) or the end of the log.</summary>
    public void Summary(IReadOnlyList<Diagnostic> diagnostics, string outcome, TextWriter stdout)
    {
        if (_format == "text") return;
        var md = SummaryMarkdown(diagnostics, outcome);
        if (_format == "github" && _env("GITHUB_STEP_SUMMARY") is { Length: > 0 } file) File.AppendAllText(file, md);
        else stdout.Write(md);
    }

    public static string SummaryMarkdown(IReadOnlyList<Diagnostic> diagnostics, string outcome)
    {
        var sb = new StringBuilder();
        sb.Append("### SiteGen\n\n").Append(outcome).Append("\n\n");
        if (diagnostics.Count == 0) return sb.Append("没有错误或警告。\n").ToString();
        sb.Append("| 代码 | 错误 | 警告 | 提示 |\n|---|---:|---:|---:|\n");
        foreach (var g in diagnostics.GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
            sb.Append($"| {g.Key} | {g.Count(d => d.Severity == Severity.Error)} | {g.Count(d => d.Severity == Severity.Warning)} | {g.Count(d => d.Severity == Severity.Notice)} |\n");
        return sb.ToString();
    }

    private string GitHubCommand(Diagnostic d)
    {
        // Calendar findings are `::notice`: annotated, never shown as a problem of the commit.
        var level = d.SeverityName;
        var message = d.Hint is null ? d.Message : $"{d.Message} {d.Hint}";
        return $"::{level} file={Property(_prefix + d.Path)},line={d.Line},col={d.Column},title={Property(d.Code)}::{Data(message)}";
    }

    // The escaping GitHub's toolkit applies (@actions/core command.ts).
    private static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
    private static string Property(string s) => Data(s).Replace(":", "%3A").Replace(",", "%2C");

    private string CodeQuality(IReadOnlyList<Diagnostic> diagnostics)
    {
        var items = diagnostics.Select(d => new Dictionary<string, object>
        {
            ["description"] = d.Hint is null ? d.Message : $"{d.Message} {d.Hint}",
            ["check_name"] = d.Code,
            ["fingerprint"] = Fingerprint(d),
            ["severity"] = d.Severity switch { Severity.Error => "major", Severity.Notice => "info", _ => "minor" },
            ["location"] = new Dictionary<string, object> { ["path"] = _prefix + d.Path, ["lines"] = new Dictionary<string, int> { ["begin"] = d.Line } },
        });
        return JsonSerializer.Serialize(items, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private string Fingerprint(Diagnostic d) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes($"{_prefix}{d.Path}:{d.Line}:{d.Column}:{d.Code}:{d.Message}")))[..32];
}
