using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Text;

namespace SiteGen.Validation;

/// <summary>Reads a bulletin issue's _issue.md into a <see cref="BulletinIssue"/>.</summary>
internal sealed class IssueReader(SiteConfig site, DiagnosticBag diagnostics)
{
    public static readonly string[] KnownKeys = FrontMatterKeys.Names(FrontMatterKeys.Issue);

    public BulletinIssue? Read(ParsedSource file)
    {
        var r = new FieldReader(file.FrontMatter, file.Path, SourceFile.FrontMatterLineOffset, diagnostics, SourcePosition.FileStart(file.Path));
        var year = r.Integer("year", required: true, "年份");
        var issue = r.Integer("issue", required: true, "期号");
        var date = r.Date("date", required: true, "出版日期");
        var pdf = r.String("pdf");
        var issueNo = issue ?? 0;
        if (issue is <= 0)
            diagnostics.Error(r.PositionOf("issue"), DiagnosticCodes.BadValue, $"期号应是正整数，现在是 {issue}。");
        var title = r.String("title") ?? $"{site.Bulletin.Name}{year}年第{issueNo}期";
        var total = r.Integer("total_issue");
        var draft = r.Bool("draft");
        if (draft) diagnostics.MarkDraft(file.Path);
        r.WarnUnknownKeys(KnownKeys, "公报期次 _issue.md ");
        if (year is null || issue is null || date is null) return null;
        return new BulletinIssue
        {
            Id = file.Id, SourcePath = file.Path, Year = year.Value, Issue = issueNo, TotalIssue = total,
            Date = date.Value, Pdf = pdf, Title = title, Body = file.Body, BodyLine = file.BodyLine, Draft = draft,
        };
    }
}
