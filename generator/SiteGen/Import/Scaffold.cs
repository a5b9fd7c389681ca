using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Configuration;
using SiteGen.Model;
using SiteGen.Text;

namespace SiteGen.Import;

/// <summary>What `sitegen new` is asked for, resolved against the site.</summary>
internal sealed record ScaffoldRequest(string Kind, string? Title, DateOnly Today, string? Category, string? Organ, string? Interprets, string? Issue);

/// <summary>A file `sitegen new` writes: its path under the site folder and its text.</summary>
internal sealed record ScaffoldFile(string RelativePath, string Text);

/// <summary>
/// `sitegen new`: the front matter each kind of content needs (CONTENT-MODEL.md), with today's
/// date, the next free 索引号 for policies and a body outline, in the folder and under the name the
/// site's own documents of that column use. A report is written by `sitegen report YEAR`'s draft
/// (one command, one draft). What only the editor knows is TODO
/// (the `todo` lint reports it), and every new file starts as `draft: true` so nothing half-written
/// is published.
/// </summary>
internal static partial class Scaffold
{
    public const string Todo = "TODO";

    /// <summary>Kind → (label, default column names in order of preference, file-name stem).</summary>
    public static readonly IReadOnlyDictionary<string, (string Label, string[] Columns, string Stem)> Kinds = new Dictionary<string, (string, string[], string)>(StringComparer.Ordinal)
    {
        ["policy"] = ("政策文件", ["行政规范性文件", "政策文件", "gfxwj", "zcwj"], "zc"),
        ["interpretation"] = ("政策解读", ["政策解读", "zcjd"], "jd"),
        ["notice"] = ("通知公告", ["通知公告", "tzgg"], "tz"),
        ["consultation"] = ("意见征集", ["意见征集", "yjzj"], "yj"),
        ["proposal"] = ("建议提案答复", ["建议提案办理", "jyta"], "ta"),
        ["report"] = ("政府信息公开工作年度报告", ["政府信息公开年报", "nb"], "nb"),
        ["news"] = ("工作动态", ["工作动态", "gzdt"], "gzdt"),
        ["meeting"] = ("会议", ["会议公开", "hygk"], "hygk"),
        ["bulletin-issue"] = ("公报期次", [], "_issue"),
        ["bulletin-article"] = ("公报文章", [], "art"),
    };

    public static ScaffoldFile Create(ScaffoldRequest request, SiteConfig site, string siteDir)
    {
        var contentDir = Path.Combine(siteDir, "content");
        return request.Kind switch
        {
            "bulletin-issue" => NewIssue(request, site, contentDir),
            "bulletin-article" => NewArticle(request, site, contentDir),
            _ => NewDocument(request, site, contentDir),
        };
    }

    private static ScaffoldFile NewDocument(ScaffoldRequest r, SiteConfig site, string contentDir)
    {
        var (label, defaults, stem) = Kinds[r.Kind];
        var column = ResolveColumn(site, r.Category, defaults, label);
        var organ = r.Organ ?? site.Organ;
        var fields = new List<Field>
        {
            new("title", r.Title ?? $"{Todo}：{label}标题"),
            new("category", column.Name),
            new("disclosure", "主动公开"),
            new("date", r.Today),
        };
        switch (r.Kind)
        {
            case "policy":
                fields.Add(new("written", r.Today));
                fields.Add(new("doc_number", $"{Todo}：发文字号"));
                fields.Add(new("organ", organ));
                fields.Add(new("index_no", IndexNumbers.Next(site, contentDir, r.Today.Year) ?? $"{Todo}：索引号（site.yml 未设 credit_code）"));
                fields.Add(new("validity", "有效"));
                break;
            case "interpretation":
                fields.Add(new("organ", organ));
                fields.Add(new("interprets", r.Interprets ?? $"{Todo}：所解读政策文件的文档标识"));
                fields.Add(new("interpretation_form", "文字解读"));
                break;
            case "consultation":
                fields.Add(new("organ", organ));
                fields.Add(Field.Map("consultation",
                    new("start", r.Today), new("end", r.Today.AddDays(29)), new("channel", $"{Todo}：反馈方式（电子邮箱、通信地址）")));
                break;
            case "proposal":
                fields.Add(new("organ", organ));
                fields.Add(Field.Map("proposal",
                    new("kind", "人大代表建议"), new("number", $"{Todo}：编号"), new("replied", r.Today), new("department", organ)));
                break;
            default:
                fields.Add(new("organ", organ));
                break;
        }
        fields.Add(new("draft", true));
        var path = PathFor(contentDir, site, column, r.Today, $"{stem}-{Dates.Compact(r.Today)}");
        return new ScaffoldFile($"content/{path}", FrontMatterWriter.Write(fields, Body(r.Kind)));
    }

    /// <summary>
    /// Where a new document of <paramref name="column"/> goes: site.yml's `new_files` pattern for the
    /// column when set; else beside the column's existing documents, named as they are
    /// (<see cref="ContentLayout"/>); in a column without any, the column's folder with a year folder
    /// and a dated name.
    /// </summary>
    public static string PathFor(string contentDir, SiteConfig site, Column column, DateOnly date, string fallbackStem)
    {
        if (site.NewFiles.TryGetValue(column.Id, out var pattern))
            return ContentLayout.NextFromPattern(contentDir, pattern, date.Year) + ".md";
        var layout = ContentLayout.Learn(contentDir, new ColumnIndex(site.Columns), column);
        if (layout is null) return FreeName(contentDir, $"{column.Dir}/{date.Year}", fallbackStem);
        var folder = layout.FolderFor(date.Year);
        return FreeName(contentDir, folder, layout.NextStem(date) ?? fallbackStem);
    }

    private static ScaffoldFile NewIssue(ScaffoldRequest r, SiteConfig site, string contentDir)
    {
        var issues = ExistingIssues(site, contentDir);
        var number = issues.Where(i => i.Year == r.Today.Year).Select(i => i.Issue).DefaultIfEmpty(0).Max() + 1;
        var fields = new List<Field>();
        if (r.Title is not null) fields.Add(new("title", r.Title));
        fields.Add(new("year", r.Today.Year));
        fields.Add(new("issue", number));
        if (issues.Any(i => i.Total is not null)) fields.Add(new("total_issue", issues.Max(i => i.Total ?? 0) + 1));
        fields.Add(new("date", r.Today));
        // An issue without articles would publish as “共 0 篇”: it stays a draft until they are written.
        fields.Add(new("draft", true));
        var path = $"{site.Bulletin.Path}/{r.Today.Year}/{number:D2}/_issue.md";
        return new ScaffoldFile($"content/{path}", FrontMatterWriter.Write(fields, "本期要目见目录。"));
    }

    private static ScaffoldFile NewArticle(ScaffoldRequest r, SiteConfig site, string contentDir)
    {
        var issues = ExistingIssues(site, contentDir);
        var issue = r.Issue is null
            ? issues.OrderBy(i => i.Year).ThenBy(i => i.Issue).LastOrDefault()
            : issues.FirstOrDefault(i => $"{i.Year:D4}-{i.Issue:D2}" == r.Issue || $"{i.Year}-{i.Issue}" == r.Issue);
        if (issue is null)
            throw new ScaffoldException(r.Issue is null ? "还没有任何公报期次，请先运行 `sitegen new bulletin-issue`。" : $"找不到公报期次“{r.Issue}”（写成 YYYY-NN）。");
        var columns = new ColumnIndex(site.Columns);
        var column = r.Category is not null ? ResolveColumn(site, r.Category, [], "公报") : columns.Find(site.Bulletin.Path) ?? columns.Find(site.Bulletin.Name);
        var order = Directory.EnumerateFiles(Path.Combine(contentDir, issue.Folder), "*.md")
            .SelectMany(IndexNumbers.FrontMatterLines).Select(l => OrderLine().Match(l)).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max() + 1;
        var fields = new List<Field>
        {
            new("title", r.Title ?? $"{Todo}：文章标题"),
            new("category", column?.Name ?? site.Bulletin.Name),
            new("disclosure", "主动公开"),
            new("date", r.Today),
            new("doc_number", $"{Todo}：发文字号"),
            new("organ", r.Organ ?? site.Organ),
            new("section", $"{Todo}：公报栏目（如 区政府文件）"),
            new("order", order),
            new("draft", true),
        };
        var path = FreeName(contentDir, issue.Folder, $"art-{order:D2}");
        return new ScaffoldFile($"content/{path}", FrontMatterWriter.Write(fields, Body("bulletin-article")));
    }

    private static Column ResolveColumn(SiteConfig site, string? requested, string[] defaults, string label)
    {
        var columns = new ColumnIndex(site.Columns);
        if (requested is not null)
            return columns.Find(requested) ?? throw new ScaffoldException($"栏目“{requested}”不存在；可用：{string.Join("、", columns.All.Select(c => c.Name))}。");
        return defaults.Select(columns.Find).FirstOrDefault(c => c is not null)
            ?? throw new ScaffoldException($"site.yml 中没有{label}的栏目（{string.Join("、", defaults)}）；请用 --category 指定栏目。");
    }

    private static string FreeName(string contentDir, string folder, string stem)
    {
        for (var n = 1; ; n++)
        {
            var name = n == 1 ? $"{stem}.md" : $"{stem}-{n}.md";
            var rel = folder.Length == 0 ? name : $"{folder}/{name}";
            if (!File.Exists(Path.Combine(contentDir, rel))) return rel;
        }
    }

    private sealed record IssueInfo(string Folder, int Year, int Issue, int? Total);

    private static List<IssueInfo> ExistingIssues(SiteConfig site, string contentDir)
    {
        var root = Path.Combine(contentDir, site.Bulletin.Path);
        var result = new List<IssueInfo>();
        if (!Directory.Exists(root)) return result;
        foreach (var file in Directory.EnumerateFiles(root, "_issue.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var values = IndexNumbers.FrontMatterLines(file).Select(l => KeyLine().Match(l)).Where(m => m.Success)
                .GroupBy(m => m.Groups[1].Value).ToDictionary(g => g.Key, g => int.Parse(g.First().Groups[2].Value, CultureInfo.InvariantCulture));
            if (values.TryGetValue("year", out var y) && values.TryGetValue("issue", out var i))
                result.Add(new IssueInfo(Path.GetRelativePath(contentDir, Path.GetDirectoryName(file)!).Replace('\\', '/'), y, i, values.TryGetValue("total_issue", out var t) ? t : null));
        }
        return result;
    }

    private static string Body(string kind) => kind switch
    {
        "meeting" => $"{Todo}：会议时间、主持人和议题。\n\n会议审议（听取）了：\n\n{Todo}：审议事项和会议决定。",
        "consultation" => $"## 主要内容\n\n{Todo}：决策事项的主要内容。\n\n## 依据理由\n\n{Todo}：起草依据和理由。\n\n## 反馈方式\n\n{Todo}：提交意见的方式和起止时间。",
        "interpretation" => $"## 一、出台背景\n\n{Todo}：出台背景。\n\n## 二、主要内容\n\n{Todo}：主要内容。",
        _ => $"{Todo}：正文。",
    };

    [GeneratedRegex(@"^(year|issue|total_issue):\s*""?(\d+)""?\s*$")]
    private static partial Regex KeyLine();

    [GeneratedRegex(@"^order:\s*(\d+)\s*$")]
    private static partial Regex OrderLine();
}

/// <summary>`sitegen new` cannot scaffold what was asked (unknown column, no issue yet): a usage error.</summary>
internal sealed class ScaffoldException(string message) : Exception(message);
