using System.Collections.Concurrent;

namespace SiteGen.Diagnostics;

/// <summary>
/// Collects every problem of a run (editors fix a whole batch per run). Thread-safe because
/// documents are loaded and rendered in parallel; <see cref="Sorted"/> gives a stable order.
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = [];
    private readonly ConcurrentDictionary<string, bool> _drafts = new(StringComparer.Ordinal);

    /// <summary>Hint added to a draft's problems, which are warnings (they must be fixed before the draft line goes, not now).</summary>
    public const string DraftHint = "（草稿 draft: true：不影响发布，删除 draft 一行之前须改正。）";

    /// <summary>
    /// Marks a source file (path relative to the site folder) as a draft: its problems are checked
    /// leniently — every error of that file reads as a warning, whenever it was or will be added —
    /// so work in progress committed beside published content never fails `build` or `check`. A
    /// draft is never published, so nothing of it can be wrong on the site.
    /// </summary>
    public void MarkDraft(string path) => _drafts[path] = true;

    public bool IsDraft(string path) => _drafts.ContainsKey(path);

    /// <summary>The files marked as drafts, sorted.</summary>
    public IReadOnlyList<string> Drafts => _drafts.Keys.Order(StringComparer.Ordinal).ToList();

    private Diagnostic Effective(Diagnostic d) =>
        d.Severity == Severity.Error && _drafts.ContainsKey(d.Path) ? d with { Severity = Severity.Warning, Hint = d.Hint is null ? DraftHint : d.Hint + " " + DraftHint } : d;

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void Error(SourcePosition at, DiagnosticCode code, string message, string? hint = null) =>
        Add(new Diagnostic(at.Path, at.Line, at.Column, Severity.Error, code.Id, message, hint));

    public void Warning(SourcePosition at, DiagnosticCode code, string message, string? hint = null) =>
        Add(new Diagnostic(at.Path, at.Line, at.Column, Severity.Warning, code.Id, message, hint));

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error && !_drafts.ContainsKey(d.Path));

    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Select(Effective).OrderBy(d => d.Path, StringComparer.Ordinal)
              .ThenBy(d => d.Line).ThenBy(d => d.Column)
              .ThenBy(d => d.Code, StringComparer.Ordinal)
              .ThenBy(d => d.Message, StringComparer.Ordinal)
              .ToList();
}

/// <summary>A place in a source file: path relative to the site folder, 1-based line and column.</summary>
internal readonly record struct SourcePosition(string Path, int Line, int Column)
{
    public static SourcePosition FileStart(string path) => new(path, 1, 1);
}
