using SiteGen.Diagnostics;

namespace SiteGen.Lint;

/// <summary>
/// One domain rule of DOMAIN.md that the site may break without being invalid (a late 政策解读, a
/// stale column). Rules report warnings; `--strict` turns them into errors. One class per rule,
/// listed once in <see cref="LintRules"/>.
/// </summary>
internal interface ILintRule
{
    /// <summary>The diagnostic code, stable for tools and tests.</summary>
    DiagnosticCode Code { get; }
    IEnumerable<Diagnostic> Check(LintContext context);
}
