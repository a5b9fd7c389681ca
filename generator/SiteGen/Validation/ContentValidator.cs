using System.Collections.Concurrent;
using System.Collections.Frozen;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Reports;

namespace SiteGen.Validation;

/// <summary>
/// The validate stage's result: every valid document and bulletin issue (published or not: that is
/// the gate's decision) sorted by id, the columns' intros by column id, and what documents' front
/// matter says of annual reports, by document id (only documents that have report keys).
/// </summary>
internal sealed record ValidatedContent(
    IReadOnlyList<Document> Documents,
    IReadOnlyList<BulletinIssue> Issues,
    IReadOnlyDictionary<string, ColumnIntro> Intros,
    IReadOnlyDictionary<string, ReportFrontMatter> Reports);

/// <summary>
/// The validate stage: turns source files into documents, bulletin issues and column intros,
/// reporting every problem with its position. Files are validated in parallel, each parsed,
/// read and dropped on its own thread, so no YAML tree outlives its file's validation; only
/// the few column intros wait (their column is found after).
/// </summary>
internal static class ContentValidator
{
    public static ValidatedContent Validate(IReadOnlyList<SourceFile> sources, SiteConfig config, ColumnIndex columns, DiagnosticBag diagnostics)
    {
        var documentReader = new DocumentReader(config, columns, diagnostics);
        var issueReader = new IssueReader(config, diagnostics);
        var documents = new ConcurrentBag<Document>();
        var reports = new ConcurrentDictionary<string, ReportFrontMatter>(StringComparer.Ordinal);
        var issues = new ConcurrentBag<BulletinIssue>();
        var intros = new ConcurrentBag<ParsedSource>();
        Parallel.ForEach(sources, source =>
        {
            if (ParsedSource.Parse(source, diagnostics) is not { } file) return;
            switch (source.Kind)
            {
                case SourceKind.Document when documentReader.Read(file) is ({ } document, var report):
                    documents.Add(document);
                    if (report is not null) reports[document.Id] = report;
                    break;
                case SourceKind.BulletinIssue when issueReader.Read(file) is { } issue:
                    issues.Add(issue);
                    break;
                case SourceKind.ColumnIntro:
                    intros.Add(file);
                    break;
            }
        });
        return new ValidatedContent(
            documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList(),
            issues.OrderBy(i => i.Id, StringComparer.Ordinal).ToList(),
            ColumnIntros.Read(intros, columns, diagnostics),
            reports.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
