using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Lint;

/// <summary>
/// `sitegen import` and `sitegen new` write TODO where they could not determine a value; every one
/// left in a document is reported, so none reaches the site unnoticed: an error in a document that
/// is not a draft (it would be published with the placeholder), a warning in a draft (work in
/// progress must not stop the site).
/// </summary>
internal sealed class TodoMarker : ILintRule
{
    public const string Marker = "TODO";

    public DiagnosticCode Code => DiagnosticCodes.Todo;

    public IEnumerable<Diagnostic> Check(LintContext context)
    {
        foreach (var d in context.All)
        {
            var severity = d.Draft ? Severity.Warning : Severity.Error;
            foreach (var (key, value) in Values(d))
                if (value is not null && value.Contains(Marker, StringComparison.Ordinal))
                    yield return LintContext.Warning(d.PositionOf(key), Code, $"“{key}”还是待填写的占位内容：{value}", "请填写实际内容后删除 TODO。") with { Severity = severity };
            // The marker is looked for in the whole body, and only a line holding it is cut out.
            var body = d.Body;
            int line = 0, counted = 0;
            for (var at = body.IndexOf(Marker, StringComparison.Ordinal); at >= 0;)
            {
                line += body.AsSpan(counted, at - counted).Count('\n');
                counted = at;
                var start = at == 0 ? 0 : body.LastIndexOf('\n', at - 1) + 1;
                var end = body.IndexOf('\n', at);
                if (end < 0) end = body.Length;
                yield return LintContext.Warning(new SourcePosition(d.SourcePath, d.BodyLine + line, at - start + 1), Code, $"正文中还有待处理的占位内容：{body[start..end].Trim()}", "请补全或删除这一处 TODO。") with { Severity = severity };
                at = body.IndexOf(Marker, end, StringComparison.Ordinal);
            }
        }
    }

    private static IEnumerable<(string Key, string? Value)> Values(Document d)
    {
        yield return ("title", d.Title);
        yield return ("organ", d.Organ);
        yield return ("doc_number", d.DocNumber);
        yield return ("index_no", d.IndexNo);
        yield return ("topic", d.Topic);
        yield return ("summary", d.Summary);
        yield return ("disclosure_reason", d.DisclosureReason);
        yield return ("interpretation_form", d.InterpretationForm);
        yield return ("section", d.Section);
        if (d.Consultation is { } c) yield return ("consultation", c.Channel);
        if (d.Proposal is { } p) yield return ("proposal", $"{p.Number} {p.Department}");
        foreach (var r in d.Interprets) yield return ("interprets", r.Target);
    }
}
