using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Lint;

/// <summary>
/// A 政府信息公开指南 tells citizens where to go: “在‘依申请公开’栏目填写申请表”. Each entry it names
/// must exist on the site — a column (by its name), the 依申请公开 page and its 申请表 — or the guide
/// sends readers to nothing, which the national check counts as an unusable service. Reports the
/// first mention of each missing entry, at its line and column in the guide's body.
/// </summary>
internal sealed partial class GuidePromises : ILintRule
{
    public DiagnosticCode Code => DiagnosticCodes.GuidePromise;

    [GeneratedRegex("[“\"「]([^”\"」\\n]{2,20})[”\"」](?:栏目|专栏|频道)")]
    private static partial Regex NamedColumn();

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        var site = context.Site;
        var hasApplicationPage = ApplicationPage.ColumnOf(site) is not null;
        // A column named in the guide is found by its display name; the 依申请公开 page counts as one.
        var known = site.Columns.All.Select(c => c.Name).Append(site.Config.Bulletin.Name).ToHashSet(StringComparer.Ordinal);
        if (hasApplicationPage) known.Add(ApplicationPage.Name);
        foreach (var d in site.Documents.Where(d => site.Columns[d.ColumnId].Name.Contains("公开指南", StringComparison.Ordinal)))
        {
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match m in NamedColumn().Matches(d.Body))
            {
                var name = m.Groups[1].Value;
                if (known.Contains(name) || !reported.Add(name)) continue;
                yield return LintContext.Warning(At(d, m.Groups[1].Index), Code,
                    $"公开指南提到的“{name}”栏目在本网站不存在（the guide names a column the site does not have）。",
                    $"改成本网站实有的栏目名称，或在 site.yml 中建立这个栏目。现有栏目：{string.Join("、", site.Columns.All.Select(c => c.Name).Take(12))}。");
            }
            // The 依申请公开 page and its 申请表 are made for every site (ApplicationPages); an online
            // system exists only where site.yml names one.
            if (site.Config.Application.OnlineUrl.Length > 0) continue;
            foreach (var promise in new[] { "在线申请", "网上申请" })
            {
                var at = d.Body.IndexOf(promise, StringComparison.Ordinal);
                if (at < 0) continue;
                yield return LintContext.Warning(At(d, at), Code,
                    $"公开指南提到“{promise}”，但 site.yml 没有写在线申请系统的网址（the guide promises online applications the site does not offer）。",
                    "在 site.yml 的 application.online_url 中写在线申请系统的网址，或从指南中删去在线申请方式。");
                break;
            }
        }
    }

    private static SourcePosition At(Document d, int offset)
    {
        var before = d.Body.AsSpan(0, offset);
        var line = before.Count('\n');
        var start = before.LastIndexOf('\n') + 1;
        return new SourcePosition(d.SourcePath, d.BodyLine + line, offset - start + 1);
    }
}
