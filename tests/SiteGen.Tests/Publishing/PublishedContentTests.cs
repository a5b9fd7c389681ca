using SiteGen.Model;
using SiteGen.Publishing;

namespace SiteGen.Tests.Publishing;

/// <summary>The gate stage on validated records alone: what is published as of a date, and what is withheld.</summary>
public sealed class PublishedContentTests
{
    private static readonly DateOnly AsOf = new(2026, 1, 1);

    private static Document Doc(string id, string disclosure = PublishingGate.Proactive, bool draft = false, string date = "2025-12-31") => new()
    {
        Id = id, SourcePath = $"content/{id}.md", Title = id, ColumnId = "tzgg", Disclosure = disclosure,
        Date = DateTime.Parse(date), Organ = "测试区人民政府", Body = "", Draft = draft,
    };

    private static BulletinIssue Issue(int number, string date, bool draft = false) => new()
    {
        Id = $"gongbao/2025/{number:D2}", SourcePath = $"content/gongbao/2025/{number:D2}/_issue.md", Year = 2025, Issue = number,
        Date = DateTime.Parse(date), Title = $"第{number}期", Draft = draft,
    };

    [Fact]
    public void OnlyProactiveNonDraftDocumentsDatedByTheBuildDate_PassTheGate()
    {
        var gate = PublishedContent.Gate(
        [
            Doc("c/public"), Doc("a/on-the-day", date: "2026-01-01 18:00"), Doc("b/future", date: "2026-01-02"),
            Doc("d/draft", draft: true), Doc("e/ysq", "依申请公开"), Doc("f/bygk", "不予公开"),
        ], [], AsOf);

        Assert.Equal(["a/on-the-day", "c/public"], gate.Documents.Select(d => d.Id));
        Assert.Equal(["b/future", "d/draft", "e/ysq", "f/bygk"], gate.WithheldDocuments.Select(d => d.Id));
        Assert.Equal(AsOf, gate.AsOf);
    }

    [Fact]
    public void BulletinIssue_PassesOnceItsDateHasCome_UnlessADraft()
    {
        var gate = PublishedContent.Gate([], [Issue(1, "2025-12-01"), Issue(2, "2026-01-01"), Issue(3, "2026-01-15"), Issue(4, "2025-11-01", draft: true)], AsOf);

        Assert.Equal([1, 2], gate.Issues.Select(i => i.Issue));
        Assert.Equal([3, 4], gate.WithheldIssues.Select(i => i.Issue));
    }
}
