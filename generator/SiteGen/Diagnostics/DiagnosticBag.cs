using System.Collections.Concurrent;

namespace SiteGen.Diagnostics;

/// <summary>
/// Collects every problem of a run (editors fix a whole batch per run). Thread-safe because
/// documents are loaded and rendered in parallel; <see cref="Sorted"/> gives a stable order.
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = [];

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void Error(SourcePosition at, string code, string message, string? hint = null) =>
        Add(new Diagnostic(at.Path, at.Line, at.Column, Severity.Error, code, message, hint));

    public void Warning(SourcePosition at, string code, string message, string? hint = null) =>
        Add(new Diagnostic(at.Path, at.Line, at.Column, Severity.Warning, code, message, hint));

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Path, StringComparer.Ordinal)
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
