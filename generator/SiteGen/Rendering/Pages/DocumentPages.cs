using System.Collections.Concurrent;
using SiteGen.Model;
using SiteGen.Rendering.Views;
using SiteGen.Search;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// A page per published document, beside its source file: the metadata table, validity notice,
/// body, attachments, interpretation links, consultation or proposal details, previous/next in its
/// column and, for bulletin articles, the issue it is printed in. Renders in parallel.
/// </summary>
internal sealed class DocumentPages : IPageKindByPart
{
    /// <summary>
    /// A document's page shows its own entry (so what the entry shows of others: <see cref="SiteChange.Listed"/>),
    /// its previous and next in its column and in each issue it is printed in, the pages its body
    /// links (found by their file names in the Markdown) and, for an annual report, the documents
    /// the reports count. A page in the last build only (a withdrawn document's) is rendered as
    /// nothing, so its files go.
    /// </summary>
    public PageSelection Affected(SiteChange change)
    {
        var parts = change.Listed.Select(x => x.Document.Id).ToHashSet(StringComparer.Ordinal);
        // Neighbours go both ways: the pages before and after a changed document are those that show it.
        foreach (var (site, d) in change.Documents)
        {
            var list = site.ByColumn[d.ColumnId];
            var (previous, next) = NeighboursIn(list, d);
            IEnumerable<Document?> shown = [previous, next, .. site.IssuesOf.GetValueOrDefault(d.Id, []).SelectMany(i => NeighboursInIssue(i, d) is var (p, n) ? new[] { p, n } : [])];
            parts.UnionWith(shown.OfType<Document>().Select(x => x.Id));
        }
        if (change.Any(Reports.ReportPages.Counts)) parts.UnionWith(change.Now.Documents.Where(d => change.Now.Reports.Of(d) is not null).Select(d => d.Id));
        // Bodies are read in the new build only: an unchanged body is the same in both, and a changed one's document is selected anyway.
        var names = LinkNames(change);
        parts.UnionWith(change.Now.Documents.AsParallel().Where(d => names.Any(n => d.Body.Contains(n, StringComparison.Ordinal))).Select(d => d.Id).ToList());
        return PageSelection.Of(parts);
    }

    private static (Document? Previous, Document? Next) NeighboursIn(IReadOnlyList<Document> list, Document d)
    {
        for (var i = 0; i < list.Count; i++)
            if (list[i].Id == d.Id) return Around(list, i, x => x);
        return (null, null);
    }

    /// <summary>The names by which a body links a changed document: its file's and its page's (links are checked, and rewritten to the page, when rendered).</summary>
    private static List<string> LinkNames(SiteChange change) =>
        change.Ids.Select(Path.GetFileName)
            .Concat(change.Ids.SelectMany(id => change.Sites.Select(s => s.PagePath.GetValueOrDefault(id))).OfType<string>().Select(Path.GetFileNameWithoutExtension))
            .OfType<string>().Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    public IEnumerable<string> Parts(SiteModel site) => site.Documents.Where(d => !site.ConflictingPages.Contains(d.Id)).Select(d => d.Id);

    public void Render(RenderContext context, string part)
    {
        var site = context.Site;
        if (site.Published(part) is not { } document || site.ConflictingPages.Contains(part)) return;
        RenderOne(context, new MarkdownRenderer(site, context.Files, context.Diagnostics), document, NeighboursIn(site.ByColumn[document.ColumnId], document), null);
    }


    public void Render(RenderContext context) => Render(context, bodyText: null);

    /// <summary>
    /// Renders and writes every published document's page; returns what later stages need of each
    /// (in the order of the site's documents). <paramref name="bodyText"/> gets each body's plain text
    /// as it renders (see <see cref="RenderStage.Documents"/>).
    /// </summary>
    public IReadOnlyList<RenderedDocument> Render(RenderContext context, Action<Document, string>? bodyText)
    {
        var site = context.Site;
        var markdown = new MarkdownRenderer(site, context.Files, context.Diagnostics);
        var neighbours = NeighboursInColumn(site);
        var documents = site.Documents.Where(d => !site.ConflictingPages.Contains(d.Id)).ToList();
        if (documents.Count == 0) return [];
        var rendered = new RenderedDocument[documents.Count];
        // Documents come ordered by path, so neighbours share a folder, and creating a file takes
        // its folder's lock: each thread renders a range of its own (a 32nd of the list) instead
        // of taking the next few documents after the other thread's.
        var ranges = Partitioner.Create(0, documents.Count, Math.Max(1, documents.Count / 32));
        Parallel.ForEach(ranges, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, range =>
        {
            for (var i = range.Item1; i < range.Item2; i++) rendered[i] = RenderOne(context, markdown, documents[i], neighbours.GetValueOrDefault(documents[i].Id), bodyText);
        });
        return rendered;
    }

    /// <summary>Each document's previous and next in its column's list (newest first).</summary>
    internal static Dictionary<string, (Document? Previous, Document? Next)> NeighboursInColumn(SiteModel site)
    {
        var result = new Dictionary<string, (Document?, Document?)>(StringComparer.Ordinal);
        foreach (var list in site.ByColumn.Values)
            for (var i = 0; i < list.Count; i++)
                result[list[i].Id] = Around(list, i, x => x);
        return result;
    }

    private static RenderedDocument RenderOne(RenderContext context, MarkdownRenderer markdown, Document document, (Document? Previous, Document? Next) neighbours,
        Action<Document, string>? bodyText)
    {
        var site = context.Site;
        var path = site.PagePath[document.Id];
        var body = markdown.Render(document);
        foreach (var asset in body.Assets) context.Output.Copy(Path.Combine(context.ContentDir, asset), asset, document.SourcePath);
        foreach (var a in document.Attachments)
            if (AssetPolicy.Resolve(document.Folder, a.File) is { } resolved && site.ReferencedAssets.Contains(resolved))
                context.Output.Copy(Path.Combine(context.ContentDir, resolved), resolved, document.SourcePath);
        bodyText?.Invoke(document, body.PlainText);

        var column = site.Columns[document.ColumnId];
        var view = context.Docs[document];
        if (view.GeneratedPdf is not null) WritePolicyPdf(context, document, view, path, body.PlainText);
        var description = document.Summary ?? PlainText.Summary(body.PlainText);
        var (previous, next) = neighbours;
        var issues = site.IssuesOf.GetValueOrDefault(document.Id, []);
        var issueNav = issues.Select(i => IssueNavigation(context, i, document)).ToList();
        var page = new PageView
        {
            Kind = "document",
            Title = document.Title,
            Path = path,
            Breadcrumbs = context.Crumbs(column, new LinkView("正文", "")),
            Meta = MetaTags.ForArticle(site, column, document, description),
            Description = description,
            Canonical = context.Canonical(path),
            Section = RenderContext.TopSection(column),
        };
        context.Write("document", page, document.SourcePath, new Dictionary<string, object?>
        {
            ["doc"] = view,
            ["body"] = new RawHtml(body.Html),
            ["previous"] = previous is null ? null : context.Docs.Link(previous),
            ["next"] = next is null ? null : context.Docs.Link(next),
            ["bulletin"] = issueNav,
            ["report"] = Reports.ReportPages.ForDocument(context, document, body.Html),
        });
        return new RenderedDocument(document, path, SearchIndexWriter.Snippet(body.PlainText))
        {
            Column = view.Column.Title,
            Issues = view.Issues.Select(i => i.Title).ToList(),
            Note = view.RepealedPolicies.Count > 0 ? view.RepealedPolicies[0].Notice : null,
            Consultation = view.Consultation is { } c ? (c.Start, c.End) : null,
            Assets = body.Assets,
            ExternalLinks = body.ExternalLinks,
        };
    }

    /// <summary>A policy without an attachment, as a PDF beside its page (issue 23).</summary>
    private static void WritePolicyPdf(RenderContext context, Document document, DocView view, string path, string text)
    {
        var facts = new List<(string, string)> { ("发文机关", document.Organ) };
        if (view.Written is { } written) facts.Add(("成文日期", written));
        facts.Add(("发布日期", view.Date));
        if (view.IndexNo is { } indexNo) facts.Add(("索引号", indexNo));
        if (view.IsPolicy) facts.Add(("有效性", view.Validity));
        context.Output.WriteBytes(Pdf.PolicyPdf.PathFor(path), Pdf.PolicyPdf.Write(document.Title, document.DocNumber, facts, text), document.SourcePath);
    }

    /// <summary>“刊登于” an issue, with the previous and next article in that issue's table of contents.</summary>
    private static object IssueNavigation(RenderContext context, PublishedIssue issue, Document document)
    {
        var (previous, next) = NeighboursInIssue(issue, document);
        return new Dictionary<string, object?>
        {
            ["issue"] = LinkView.To(issue.Issue.Title, BulletinPaths.Issue(context.Site, issue.Issue)),
            ["citation"] = $"来源：{issue.Issue.Title}",
            ["previous"] = previous is null ? null : context.Docs.Link(previous),
            ["next"] = next is null ? null : context.Docs.Link(next),
        };
    }

    /// <summary>The articles before and after a document in an issue's table of contents.</summary>
    internal static (Document? Previous, Document? Next) NeighboursInIssue(PublishedIssue issue, Document document)
    {
        var entries = issue.Entries;
        for (var i = 0; i < entries.Count; i++)
            if (entries[i].Document.Id == document.Id)
                return Around(entries, i, e => e.Document);
        return (null, null);
    }

    /// <summary>The documents before and after position <paramref name="i"/> of a list (newest first, or a table of contents).</summary>
    private static (Document? Previous, Document? Next) Around<T>(IReadOnlyList<T> list, int i, Func<T, Document> document) =>
        (i > 0 ? document(list[i - 1]) : null, i + 1 < list.Count ? document(list[i + 1]) : null);
}
