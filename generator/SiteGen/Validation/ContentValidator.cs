using System.Collections.Concurrent;
using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Validation;

/// <summary>
/// Turns source files into documents and bulletin issues, one file at a time and from any thread.
/// A full build hands each file over as soon as it is read (<see cref="ContentLoader.Load"/>), so
/// a file's YAML tree is dropped once its document is read instead of being kept through every
/// stage after.
/// </summary>
internal sealed class ContentValidator(SiteConfig config, ColumnIndex columns, DiagnosticBag diagnostics)
{
    /// <summary>Reads content/ and validates each file as it is read: the tree (assets, column intros) and the valid documents and issues.</summary>
    public static (ContentTree Tree, List<Document> Documents, List<BulletinIssue> Issues, Dictionary<string, string> Intros) Load(
        string siteDir, SiteConfig config, ColumnIndex columns, DiagnosticBag diagnostics)
    {
        var validator = new ContentValidator(config, columns, diagnostics);
        var tree = ContentLoader.Load(siteDir, diagnostics, validator.Consume, config.Limits);
        var (documents, issues, intros) = validator.Finish(tree);
        return (tree, documents, issues, intros);
    }

    private readonly DocumentReader _documentReader = new(config, columns, diagnostics);
    private readonly IssueReader _issueReader = new(config, diagnostics);
    private readonly ConcurrentBag<Document> _documents = [];
    private readonly ConcurrentBag<BulletinIssue> _issues = [];

    /// <summary>Validates one file; false for a file still needed whole afterwards (a column's intro, read in <see cref="Finish"/>).</summary>
    public bool Consume(SourceFile file)
    {
        switch (file.Kind)
        {
            case SourceKind.Document:
                if (_documentReader.Read(file) is { } d) _documents.Add(d);
                return true;
            case SourceKind.BulletinIssue:
                if (_issueReader.Read(file) is { } i) _issues.Add(i);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The valid documents and issues in id order, and the columns' intros (from the files <paramref name="tree"/> kept).</summary>
    public (List<Document> Documents, List<BulletinIssue> Issues, Dictionary<string, string> Intros) Finish(ContentTree tree) =>
        (_documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList(),
         _issues.OrderBy(i => i.Id, StringComparer.Ordinal).ToList(),
         ColumnIntros.Read(tree, columns, diagnostics, config.Limits));
}
