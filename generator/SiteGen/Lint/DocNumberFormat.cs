using SiteGen.Diagnostics;

namespace SiteGen.Lint;

/// <summary>
/// 发文字号 as typed with the wrong brackets or leading zeros (GB/T 9704-2012). The site shows the
/// normalised form either way; the warning is so the source (and the Word original) gets fixed.
/// </summary>
internal sealed class DocNumberFormat : ILintRule
{
    public DiagnosticCode Code => DiagnosticCodes.DocNumberFormat;

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        foreach (var d in context.Site.Documents)
        {
            if (d.DocNumberAsTyped is not { } typed) continue;
            yield return LintContext.Warning(d.PositionOf("doc_number"), Code,
                $"发文字号“{typed}”不规范，应写成“{d.DocNumber}”。",
                "年份用六角括号〔〕，序号不加前导零（GB/T 9704-2012）。");
        }
    }
}
