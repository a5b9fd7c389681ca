using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Lint;

/// <summary>The registry of domain lints: adding a rule is one class and one line here.</summary>
internal static class LintRules
{
    public static IReadOnlyList<ILintRule> All { get; } =
    [
        new LateInterpretation(),
        new ShortConsultation(),
        new MissingConsultationFeedback(),
        new EmptyColumn(),
        new StaleColumn(),
        new DocNumberFormat(),
        new RepealedWithoutDate(),
        new PolicyWithoutIndexNo(),
        new TodoMarker(),
        new AnnualReportDeadline(),
        new DuplicateIdentifiers(),
        new EmptyIssue(),
        new GuidePromises(),
    ];

    /// <summary>
    /// Runs every rule; under <paramref name="strict"/> their warnings become errors (the build then
    /// fails). A calendar rule's findings are notices whatever the flags (<see cref="ICalendarRule"/>);
    /// a rule's errors stay errors. Drafts' findings are made lenient by the bag (<see cref="DiagnosticBag.MarkDraft"/>).
    /// </summary>
    public static void Run(SiteModel site, IReadOnlyList<Document> all, bool strict, DiagnosticBag diagnostics)
    {
        var context = new LintContext(site, all);
        foreach (var rule in All)
            foreach (var d in rule.Check(context))
                diagnostics.Add(rule is ICalendarRule ? d with { Severity = Severity.Notice }
                    : strict && d.Severity == Severity.Warning ? d with { Severity = Severity.Error } : d);
    }
}
