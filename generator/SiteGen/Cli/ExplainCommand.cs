using SiteGen.Diagnostics;
using SiteGen.Lint;

namespace SiteGen.Cli;

/// <summary>
/// `sitegen explain [CODE…]`: what a diagnostic code in build's or check's output means and how to
/// fix it, from <see cref="DiagnosticCodes"/> (the registry docs/diagnostics.md is generated from);
/// without a code, the list of every code.
/// </summary>
internal sealed class ExplainCommand : ICommand
{
    public string Name => "explain";
    public string Summary => "解释诊断代码的含义和改法 (explain a diagnostic code)";
    public string Usage => """
        用法: sitegen explain [CODE ...]

        说明 build、check 输出中诊断代码（如 `错误 unsafe-url:` 中的 unsafe-url）的含义和改法。
        不写代码时列出全部代码、级别和标题；全部说明也在 docs/diagnostics.md。
        退出码: 0 成功, 2 没有这个代码或用法错误
        """;

    public int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        // Read before the unknown are refused: the codes are this command's positional arguments.
        var wanted = args.Positional;
        CommandLine.RejectUnknown(args);
        if (wanted.Count == 0)
        {
            var width = DiagnosticCodes.All.Max(c => c.Id.Length);
            foreach (var code in DiagnosticCodes.All) stdout.WriteLine($"{code.Id.PadRight(width)}  {code.Title}（{Level(code)}）");
            return ExitCodes.Ok;
        }
        var found = new List<DiagnosticCode>();
        foreach (var id in wanted)
        {
            if (DiagnosticCodes.Find(id.Trim()) is { } code) found.Add(code);
            else
            {
                var near = Suggestions.Nearest(id.Trim(), DiagnosticCodes.All.Select(c => c.Id), 1);
                throw new UsageException($"没有诊断代码“{id}”（unknown diagnostic code）。{(near.Count > 0 ? $"是不是“{near[0]}”？" : "")}不写代码运行 sitegen explain 列出全部代码。");
            }
        }
        for (var i = 0; i < found.Count; i++)
        {
            if (i > 0) stdout.WriteLine();
            stdout.WriteLine($"{found[i].Id}：{found[i].Title}（{Level(found[i])}）");
            stdout.WriteLine(found[i].Explanation);
        }
        return ExitCodes.Ok;
    }

    /// <summary>How bad a code is, in words: its registered severity, and for lints what --strict makes of a warning.</summary>
    public static string Level(DiagnosticCode code) => code.Severity switch
    {
        Severity.Error => "错误",
        Severity.Notice => "提示",
        Severity.Warning when LintRules.All.Any(r => r.Code == code) => "警告，--strict 时为错误",
        Severity.Warning => "警告",
        _ => "错误或警告，见说明",
    };
}
