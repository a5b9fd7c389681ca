using SiteGen.Diagnostics;

namespace SiteGen.Lint;

/// <summary>
/// A published 公报 issue without a single published article shows “共 0 篇”: the issue should stay
/// `draft: true` (as `sitegen new bulletin-issue` writes it) until its articles are published.
/// </summary>
internal sealed class EmptyIssue : ILintRule
{
    public DiagnosticCode Code => DiagnosticCodes.EmptyIssue;

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        foreach (var issue in context.Site.Issues.Where(i => i.Entries.Count == 0))
            yield return LintContext.Warning(SourcePosition.FileStart(issue.Issue.SourcePath), Code,
                $"公报 {issue.Issue.Year} 年第 {issue.Issue.Issue} 期没有已发布的文章，页面会显示“共 0 篇”。",
                "在本期发布文章之前，在 _issue.md 中写 `draft: true`。");
    }
}
