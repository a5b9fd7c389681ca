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
        new GuidePromises(),
    ];

    /// <summary>Runs every rule; under <paramref name="strict"/> their warnings become errors (the build then fails).</summary>
    public static void Run(SiteModel site, IReadOnlyList<Document> all, bool strict, DiagnosticBag diagnostics)
    {
        var context = new LintContext(site, all);
        foreach (var rule in All)
            foreach (var d in rule.Check(context))
                diagnostics.Add(strict ? d with { Severity = Severity.Error } : d);
    }
}
