using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Text;
using SiteGen.Text.Escaping;

namespace SiteGen.Audit;

/// <summary>What the self-check page is made from: the run's diagnostics and drafts, and where the sources are.</summary>
internal sealed record AuditInput(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Drafts, string SourceDir, DateOnly AsOf, string SiteTitle);

/// <summary>
/// 自查页 (`sitegen check --audit FILE.html`, and beside every `--report`): every finding national
/// monitoring would count, grouped as the 检查指标 group them, each with a link to the file to fix
/// and the count against the indicator's threshold. One static HTML file: no script, no external
/// resources, lang zh-CN, headings, table headers and AA contrast, readable straight from disk.
/// </summary>
internal static class AuditPage
{
    public static void Write(string file, AuditInput input)
    {
        var full = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, Html(input, Path.GetDirectoryName(full)!));
    }

    /// <summary>The path written beside a JSON report: `r.json` → `r.audit.html`.</summary>
    public static string BesideReport(string report) => Path.ChangeExtension(Path.GetFullPath(report), null) + ".audit.html";

    public static string Html(AuditInput input, string pageDir)
    {
        var found = AuditIndicators.All.ToDictionary(i => i, i => Findings(i, input));
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<link rel=\"icon\" href=\"data:,\">\n")
          .Append("<title>网站自查：").Append(E(input.SiteTitle)).Append("</title>\n<style>\n").Append(Css).Append("</style>\n</head>\n<body>\n<main>\n")
          .Append("<h1>网站自查：").Append(E(input.SiteTitle)).Append("</h1>\n")
          .Append("<p>按《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）的分组列出国家检查会计入的问题，检查日期 ")
          .Append(Dates.Iso(input.AsOf)).Append("。每条问题都链接到要修改的文件。本页不属于发布的网站。</p>\n");
        Summary(sb, found);
        foreach (var group in AuditIndicators.Groups)
        {
            sb.Append("<section>\n<h2>").Append(E(group)).Append("</h2>\n");
            if (AuditIndicators.NotChecked.TryGetValue(group, out var note)) sb.Append("<p class=\"note\">").Append(E(note)).Append("</p>\n");
            foreach (var indicator in AuditIndicators.All.Where(i => i.Group == group))
                Indicator(sb, indicator, found[indicator], input.SourceDir, pageDir);
            sb.Append("</section>\n");
        }
        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>A finding: where (source-relative path, line, column), how bad, what.</summary>
    private sealed record Finding(string Path, int Line, int Column, string Severity, string Text);

    private static List<Finding> Findings(AuditIndicator indicator, AuditInput input)
    {
        if (indicator.Name == AuditIndicators.DraftsName)
            return input.Drafts.Select(p => new Finding(p, 1, 1, "草稿", "草稿 draft: true，尚未发布。")).ToList();
        return input.Diagnostics.Where(d => indicator.Codes.Contains(d.Code, StringComparer.Ordinal))
            .Select(d => new Finding(d.Path, d.Line, d.Column, d.SeverityLabel, d.Hint is null ? d.Message : $"{d.Message} {d.Hint}")).ToList();
    }

    private static void Summary(StringBuilder sb, Dictionary<AuditIndicator, List<Finding>> found)
    {
        sb.Append("<section>\n<h2>总览</h2>\n<table>\n<caption>各项指标的问题数与检查标准</caption>\n<thead><tr><th scope=\"col\">指标分组</th><th scope=\"col\">指标</th><th scope=\"col\">问题数</th><th scope=\"col\">标准</th><th scope=\"col\">结论</th></tr></thead>\n<tbody>\n");
        foreach (var indicator in AuditIndicators.All)
        {
            var n = found[indicator].Count;
            sb.Append("<tr><td>").Append(E(indicator.Group)).Append("</td><td><a href=\"#").Append(Anchor(indicator)).Append("\">").Append(E(indicator.Name)).Append("</a></td><td>")
              .Append(n).Append("</td><td>").Append(E(Threshold(indicator))).Append("</td><td>").Append(E(Verdict(indicator, n))).Append("</td></tr>\n");
        }
        sb.Append("</tbody>\n</table>\n</section>\n");
    }

    private static string Threshold(AuditIndicator i) => i.Threshold is { } t ? $"{t} 个即单项否决" : i.Name == AuditIndicators.DraftsName ? "—" : "应为 0";

    private static string Verdict(AuditIndicator i, int n) => i switch
    {
        { Threshold: { } t } when n >= t => $"已达否决线（{n}/{t}）",
        { Threshold: { } t } when n > 0 => $"未达否决线（{n}/{t}），仍须整改",
        { Threshold: { } t } => $"通过（0/{t}）",
        _ when i.Name == AuditIndicators.DraftsName => n == 0 ? "没有草稿" : $"{n} 份待完成",
        _ => n == 0 ? "通过" : $"{n} 处须整改",
    };

    private static void Indicator(StringBuilder sb, AuditIndicator indicator, List<Finding> findings, string sourceDir, string pageDir)
    {
        sb.Append("<h3 id=\"").Append(Anchor(indicator)).Append("\">").Append(E(indicator.Name)).Append("：")
          .Append(findings.Count).Append(indicator.Threshold is { } t ? $" / {t}" : "").Append("</h3>\n<p>").Append(E(indicator.Rule)).Append("</p>\n");
        if (findings.Count == 0) { sb.Append("<p>没有发现问题。</p>\n"); return; }
        sb.Append("<table class=\"findings\">\n<caption>").Append(E(indicator.Name)).Append("：要修改的文件</caption>\n<thead><tr><th scope=\"col\">文件与位置</th><th scope=\"col\">级别</th><th scope=\"col\">问题与改法</th></tr></thead>\n<tbody>\n");
        foreach (var f in findings.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Column))
        {
            var href = Link(Path.Combine(sourceDir, f.Path), pageDir);
            sb.Append("<tr><td><a href=\"").Append(E(href)).Append("\">").Append(E($"{f.Path}:{f.Line}:{f.Column}")).Append("</a></td><td>")
              .Append(E(f.Severity)).Append("</td><td>").Append(E(f.Text)).Append("</td></tr>\n");
        }
        sb.Append("</tbody>\n</table>\n");
    }

    /// <summary>A link to the source file relative to the page when it sits on the same disk, else a file:// URL.</summary>
    private static string Link(string file, string pageDir)
    {
        var relative = Path.GetRelativePath(pageDir, file).Replace('\\', '/');
        return Path.IsPathRooted(relative) ? new Uri(Path.GetFullPath(file)).AbsoluteUri : RelativeUrl.Escape(relative);
    }

    private static string Anchor(AuditIndicator i) => "i" + AuditIndicators.All.ToList().IndexOf(i);

    private static string E(string s) => MarkupText.Escape(s);

    // Black on white and dark blue links (contrast above 7:1); long paths wrap so tables fit at 320 px.
    private const string Css = """
        body { margin: 0; font: 18px/1.8 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; color: #1a1a1a; background: #fff; }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.35rem; border-bottom: 2px solid #c9d1dc; margin-top: 2rem; } h3 { font-size: 1.1rem; }
        table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
        caption { text-align: left; font-weight: 700; padding: 0.25rem 0; }
        th, td { border: 1px solid #c9d1dc; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
        th { background: #f4f6f9; }
        a { color: #0b4f9c; } a:visited { color: #5a2d8c; } a:focus { outline: 3px solid #ffbf00; outline-offset: 2px; }
        .note { background: #fff4e5; border-left: 4px solid #b35900; padding: 0.5rem 0.75rem; }

        """;
}
