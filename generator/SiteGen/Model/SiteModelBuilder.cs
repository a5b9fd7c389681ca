using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Publishing;
using SiteGen.Reports;
using SiteGen.Validation;

namespace SiteGen.Model;

/// <summary>
/// The model stage: from the validated content and what passed the publishing gate, checks what
/// needs every document at once (duplicate ids and URLs, references, bulletin issues, attachments),
/// links documents to columns, interpretations and bulletin issues, and makes the annual reports.
/// </summary>
internal sealed class SiteModelBuilder(SiteConfig config, ColumnIndex columns, ContentTree tree, DateOnly asOf, DiagnosticBag diagnostics)
{
    private readonly FileChecker _files = new(tree, diagnostics, config.Limits);

    public static SiteModel Build(SiteConfig config, ColumnIndex columns, ContentTree tree, ValidatedContent content, PublishedContent published, DiagnosticBag diagnostics)
    {
        var site = new SiteModelBuilder(config, columns, tree, published.AsOf, diagnostics).Link(content.Documents, content.Issues, published, content.Intros);
        return site with { Reports = AnnualReports.Build(site, tree, content.Reports, diagnostics) };
    }

    private SiteModel Link(IReadOnlyList<Document> all, IReadOnlyList<BulletinIssue> allIssues, PublishedContent gate, IReadOnlyDictionary<string, ColumnIntro> intros)
    {
        CheckDuplicateIds(all);
        var allById = all.GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var published = gate.Documents;
        var byId = published.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var issuesByKey = CheckIssues(allIssues);
        var assets = new SortedSet<string>(StringComparer.Ordinal);

        foreach (var d in all)
        {
            var isPublished = byId.ContainsKey(d.Id);
            CheckReference(d, d.ReplacedBy, "replaced_by", allById, byId, "替代文件");
            foreach (var r in d.Interprets) CheckReference(d, r, "interprets", allById, byId, "所解读的政策文件");
            CheckReference(d, d.Consultation?.Result, "consultation.result", allById, byId, "意见采纳情况");
            CheckDecision(d, allById, byId);
            if (d.Bulletin is { } b && !issuesByKey.ContainsKey(b.Target))
                diagnostics.Error(b.At, DiagnosticCodes.BrokenRef, $"公报期次“{b.Target}”不存在。", "请核对年份和期号，或先在公报目录中建立这一期（_issue.md）。");
            CheckAttachments(d, isPublished ? assets : null);
        }

        var pagePath = published.ToDictionary(d => d.Id, PagePathOf, StringComparer.Ordinal);
        var conflicting = CheckDuplicatePaths(published, pagePath);

        var byColumn = columns.All.ToDictionary(c => c.Id,
            c => (IReadOnlyList<Document>)SiteModel.NewestFirst(published.Where(d => d.ColumnId == c.Id)).ToList(), StringComparer.Ordinal);
        var interpretations = published
            .SelectMany(d => d.Interprets.Where(r => byId.ContainsKey(r.Target)).Select(r => (Policy: r.Target, Doc: d)))
            .GroupBy(x => x.Policy, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Document>)SiteModel.NewestFirst(g.Select(x => x.Doc)).ToList(), StringComparer.Ordinal);

        var publishedIssues = gate.Issues.ToHashSet(ReferenceEqualityComparer.Instance);
        var issues = BuildIssues(issuesByKey.Values.Where(publishedIssues.Contains), published, assets);
        var issuesOf = issues.SelectMany(i => i.Entries.Select(e => (e.Document.Id, Issue: i)))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<PublishedIssue>)g.Select(x => x.Issue).ToList(), StringComparer.Ordinal);
        // 公报页码 (issue 23) shows only in an issue's contents and the 公报数据库.
        foreach (var d in published.Where(d => d.Page is not null && !issuesOf.ContainsKey(d.Id)))
            diagnostics.Warning(d.PositionOf("page"), DiagnosticCodes.PageWithoutBulletin, "写了公报页码（page），但本文不在任何一期公报中，页码不会显示（page outside a bulletin issue）。",
                "把文件放在公报某期的目录下或写 `bulletin: 2025-03`；不是公报文章就删去 page。");

        return new SiteModel
        {
            Config = config, Columns = columns, AsOf = asOf, Documents = published, ById = byId, PagePath = pagePath, ConflictingPages = conflicting,
            ByColumn = byColumn, InterpretationsOf = interpretations, Issues = issues, IssuesOf = issuesOf,
            ColumnIntros = intros, ReferencedAssets = assets,
        };
    }

    /// <summary>The page sits beside its source file, so relative links to attachments and images keep working.</summary>
    private static string PagePathOf(Document d)
    {
        var name = d.Slug ?? Path.GetFileName(d.Id);
        return d.Folder.Length == 0 ? $"{name}.html" : $"{d.Folder}/{name}.html";
    }

    private void CheckDuplicateIds(IReadOnlyList<Document> all)
    {
        // Ids differing only in case collide on case-insensitive disks (Windows, macOS, many USB sticks).
        foreach (var group in all.GroupBy(d => d.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var d in group.Skip(1))
                diagnostics.Error(SourcePosition.FileStart(d.SourcePath), DiagnosticCodes.DuplicateId,
                    $"文档标识“{d.Id}”与 {first.SourcePath} 只有大小写不同，在部分系统上会互相覆盖。", "请重命名其中一个文件。");
        }
    }

    /// <summary>
    /// Two published documents whose pages would be the same file (a slug, or names differing only
    /// in case): an error on each but the first by id, found here — before parallel rendering — so
    /// the diagnostic does not depend on which thread writes first. Returns the ids not to render.
    /// </summary>
    private HashSet<string> CheckDuplicatePaths(IReadOnlyList<Document> published, Dictionary<string, string> pagePath)
    {
        var conflicting = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in published.GroupBy(d => pagePath[d.Id], StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
            foreach (var d in ordered.Skip(1))
            {
                conflicting.Add(d.Id);
                diagnostics.Error(SourcePosition.FileStart(d.SourcePath), DiagnosticCodes.DuplicateUrl,
                    $"页面地址“{pagePath[d.Id]}”与 {ordered[0].SourcePath} 重复。", "请修改其中一个文档的 slug 或文件名。");
            }
        }
        return conflicting;
    }

    private void CheckReference(Document from, Reference? reference, string key, Dictionary<string, Document> all, Dictionary<string, Document> published, string what)
    {
        if (reference is null) return;
        var target = reference.DocumentId;
        if (!all.ContainsKey(target))
        {
            var near = Suggestions.Nearest(target, all.Keys, 1);
            diagnostics.Error(reference.At, DiagnosticCodes.BrokenRef, $"{key} 指向的文档“{reference.Target}”不存在。",
                near.Count > 0 ? $"是不是“{near[0]}”？文档标识是 content/ 下的路径去掉 .md。" : "文档标识是 content/ 下的路径去掉 .md，如 xxgk/zcwj/2025/gfxwj-001。");
        }
        else if (!published.ContainsKey(target) && published.ContainsKey(from.Id))
        {
            // Name the id (which the editor typed), never the unpublished title.
            diagnostics.Warning(reference.At, DiagnosticCodes.UnpublishedRef, $"{key} 指向的文档“{target}”不公开或尚未发布，页面上不会显示这个{what}的链接。");
        }
    }

    /// <summary>A decision record's links: each must exist, and its 意见征集 must be a consultation.</summary>
    private void CheckDecision(Document d, Dictionary<string, Document> all, Dictionary<string, Document> published)
    {
        if (d.Decision is not { } decision) return;
        CheckReference(d, decision.Consultation, "decision.consultation", all, published, "意见征集");
        CheckReference(d, decision.Feedback, "decision.feedback", all, published, "意见采纳情况");
        CheckReference(d, decision.Adopted, "decision.adopted", all, published, "决策文件");
        if (decision.Consultation is { } c && all.TryGetValue(c.DocumentId, out var target) && target.Consultation is null)
            diagnostics.Error(c.At, DiagnosticCodes.BadRef, $"decision.consultation 指向的“{c.Target}”不是意见征集（the target has no consultation block）。",
                "指向写有 consultation（起止时间、反馈方式）的征求意见公告。");
        if (decision.Adopted is { } a && a.DocumentId == d.Id)
            diagnostics.Error(a.At, DiagnosticCodes.BadRef, "decision.adopted 指向了决策事项本身（a decision cannot adopt itself）。", "写最终印发的政策文件的文档标识。");
    }

    private void CheckAttachments(Document d, SortedSet<string>? copy)
    {
        foreach (var a in d.Attachments)
        {
            var resolved = _files.Check(d.Folder, a.File, a.At, "附件");
            if (resolved is not null) copy?.Add(resolved);
        }
    }

    private Dictionary<string, BulletinIssue> CheckIssues(IReadOnlyList<BulletinIssue> issues)
    {
        var byKey = new Dictionary<string, BulletinIssue>(StringComparer.Ordinal);
        foreach (var issue in issues.OrderBy(i => i.Id, StringComparer.Ordinal))
        {
            if (byKey.TryGetValue(issue.Key, out var first))
            {
                diagnostics.Error(SourcePosition.FileStart(issue.SourcePath), DiagnosticCodes.DuplicateIssue,
                    $"公报 {issue.Year} 年第 {issue.Issue} 期已在 {first.SourcePath} 中定义。", "每一期只能有一个 _issue.md；请改正年份或期号。");
                continue;
            }
            byKey[issue.Key] = issue;
            if (issue.Pdf is { } pdf)
                _files.Check(issue.Id, pdf, SourcePosition.FileStart(issue.SourcePath), "公报印刷版 PDF ");
        }
        return byKey;
    }

    private List<PublishedIssue> BuildIssues(IEnumerable<BulletinIssue> issues, IReadOnlyList<Document> published, SortedSet<string> assets)
    {
        var inFolder = published.Where(d => d.Bulletin is null).GroupBy(d => d.Folder, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var byKey = published.Where(d => d.Bulletin is not null).GroupBy(d => d.Bulletin!.Target, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var result = new List<PublishedIssue>();
        foreach (var issue in issues.OrderBy(i => i.Year).ThenBy(i => i.Issue))
        {
            // By reference: a Document record's own equality hashes every field, its whole body included.
            var articles = inFolder.GetValueOrDefault(issue.Id, []).Concat(byKey.GetValueOrDefault(issue.Key, [])).Distinct<Document>(ReferenceEqualityComparer.Instance).ToList();
            CheckOrders(issue, articles);
            var entries = articles
                .OrderBy(d => d.Order ?? int.MaxValue).ThenBy(d => d.Date).ThenBy(d => d.Title, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal)
                .Select(d => new IssueEntry(d, d.Section ?? "其他", d.Order)).ToList();
            if (issue.Pdf is { } pdf && AssetPolicy.Resolve(issue.Id, pdf) is { } resolved && tree.Assets.Contains(resolved) && AssetPolicy.IsAllowed(resolved))
                assets.Add(resolved);
            result.Add(new PublishedIssue(issue, entries));
        }
        return result;
    }

    private void CheckOrders(BulletinIssue issue, List<Document> articles)
    {
        foreach (var group in articles.Where(d => d.Order is not null).GroupBy(d => d.Order).Where(g => g.Count() > 1))
        {
            var first = group.OrderBy(d => d.Id, StringComparer.Ordinal).First();
            foreach (var d in group.Where(d => d != first))
                diagnostics.Error(d.OrderAt, DiagnosticCodes.DuplicateOrder, $"公报 {issue.Year} 年第 {issue.Issue} 期中 order: {d.Order} 已被 {first.SourcePath} 使用。", "同一期内每篇文章的 order 应不同。");
        }
    }
}
