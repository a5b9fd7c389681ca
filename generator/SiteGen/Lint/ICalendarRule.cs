namespace SiteGen.Lint;

/// <summary>
/// A rule whose findings depend on the calendar (today or `--as-of`, or how long after one date
/// another came): a stale or empty column, a consultation awaiting feedback, a late
/// interpretation, a report deadline. Its findings are 提示 (<see cref="Diagnostics.Severity.Notice"/>):
/// reported in the terminal, the JSON report, CI annotations and the audit page, and never failing
/// a build, with any flag — `--strict` turns content warnings into errors, not the passing of time.
/// </summary>
internal interface ICalendarRule : ILintRule;
