using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Lint;

/// <summary>What the lints read: the published site, every validated document (published or not), the limits and the working-day calendar.</summary>
internal sealed class LintContext(SiteModel site, IReadOnlyList<Document> all)
{
    public SiteModel Site { get; } = site;
    /// <summary>Every document that passed validation, including drafts and unpublished ones, sorted by id.</summary>
    public IReadOnlyList<Document> All { get; } = all;
    public LintLimits Limits => Site.Config.Lint;
    public WorkingDays Calendar { get; } = new(site.Config.Holidays);
    public DateOnly AsOf => Site.AsOf;

    public static Diagnostic Warning(SourcePosition at, DiagnosticCode code, string message, string? hint = null) =>
        new(at.Path, at.Line, at.Column, Severity.Warning, code.Id, message, hint);

    /// <summary>A column's class for the freshness rules: its own `kind`, else the nearest ancestor's, else other.</summary>
    public string KindOf(string columnId)
    {
        for (var c = Site.Columns.Find(columnId); c is not null; c = c.Parent)
            if (c.Config.Kind != "other") return c.Config.Kind;
        return "other";
    }
}
