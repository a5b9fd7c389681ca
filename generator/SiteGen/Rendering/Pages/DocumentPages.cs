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
internal sealed class DocumentPages : IPageKind
{
    public void Render(RenderContext context)
    {
        var site = context.Site;
        var markdown = new MarkdownRenderer(site, context.Files, context.Diagnostics);
        var neighbours = NeighboursInColumn(site);
        var documents = site.Documents.Where(d => !site.ConflictingPages.Contains(d.Id)).ToList();
        if (documents.Count == 0) return;
        // Documents come ordered by path, so neighbours share a folder, and creating a file takes
        // its folder's lock: each thread renders a range of its own (a 32nd of the list) instead
        // of taking the next few documents after the other thread's.
        var ranges = Partitioner.Create(0, documents.Count, Math.Max(1, documents.Count / 32));
        Parallel.ForEach(ranges, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, range =>
        {
            for (var i = range.Item1; i < range.Item2; i++) RenderOne(context, markdown, documents[i], neighbours);
        });
    }

    /// <summary>Each document's previous and next in its column's list (newest first).</summary>
    internal static Dictionary<string, (Document? Previous, Document? Next)> NeighboursInColumn(SiteModel site)
    {
        var result = new Dictionary<string, (Document?, Document?)>(StringComparer.Ordinal);
        foreach (var list in site.ByColumn.Values)
            for (var i = 0; i < list.Count; i++)
                result[list[i].Id] = (i > 0 ? list[i - 1] : null, i + 1 < list.Count ? list[i + 1] : null);
        return result;
    }

    private static void RenderOne(RenderContext context, MarkdownRenderer markdown, Document document, Dictionary<string, (Document? Previous, Document? Next)> neighbours)
    {
        var site = context.Site;
        var path = site.PagePath[document.Id];
        var body = markdown.Render(document);
        foreach (var asset in body.Assets) context.Output.Copy(Path.Combine(context.ContentDir, asset), asset, document.SourcePath);
        foreach (var a in document.Attachments)
            if (AssetPolicy.Resolve(document.Folder, a.File) is { } resolved && site.ReferencedAssets.Contains(resolved))
                context.Output.Copy(Path.Combine(context.ContentDir, resolved), resolved, document.SourcePath);
        foreach (var link in body.ExternalLinks) context.ExternalLinks.TryAdd(link, 0);
        context.Texts.Add(new DocumentText(document, path, SearchIndexWriter.Snippet(body.PlainText)));
        context.SearchTerms?.Post(document.Id, document.Title, document.DocNumber, body.PlainText);

        var column = site.Columns[document.ColumnId];
        var view = context.Docs[document];
        if (view.GeneratedPdf is not null) WritePolicyPdf(context, document, view, path, body.PlainText);
        var description = document.Summary ?? PlainText.Summary(body.PlainText);
        var (previous, next) = neighbours.GetValueOrDefault(document.Id);
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
                return (i > 0 ? entries[i - 1].Document : null, i + 1 < entries.Count ? entries[i + 1].Document : null);
        return (null, null);
    }
}

