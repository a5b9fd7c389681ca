using SiteGen.Text;

namespace SiteGen.Model;

/// <summary>One step of a decision's timeline: what happened, the published document that shows it (if any), when.</summary>
internal sealed record DecisionStep(string Label, Document? Document, string Date, string Note)
{
    public const string Listed = "列入年度目录";
    /// <summary>Reached: the record itself is the listing; every other step when its document is published.</summary>
    public bool Done => Document is not null || Label == Listed;
}

/// <summary>
/// 重大行政决策 followed end to end: 列入目录 → 公开征求意见 → 意见采纳情况 → 作出决策（印发）→ 政策解读.
/// Only published documents appear; a step whose document is not (yet) published stays as “尚未发布”,
/// so the timeline never names an unpublished title. The decision page and what `serve --watch`
/// re-renders after an edit (<see cref="Rendering.Views.DocViewFactory.Inputs"/>) both read it from here.
/// </summary>
internal static class DecisionTimeline
{
    public static IReadOnlyList<DecisionStep> Of(SiteModel site, Document record)
    {
        if (record.Decision is not { } decision) return [];
        var steps = new List<DecisionStep> { new(DecisionStep.Listed, null, Dates.Iso(record.Date), $"{decision.Year}年度重大行政决策事项目录") };
        var consultation = Published(site, decision.Consultation);
        steps.Add(consultation?.Consultation is { } c
            ? new("公开征求意见", consultation, $"{Dates.Iso(c.Start)} 至 {Dates.Iso(c.End)}", "")
            : new("公开征求意见", null, "", "尚未发布"));
        var feedback = Published(site, decision.Feedback ?? consultation?.Consultation?.Result);
        steps.Add(new("意见采纳情况", feedback, feedback is null ? "" : Dates.Iso(feedback.Date), feedback is null ? "尚未发布" : ""));
        var adopted = Published(site, decision.Adopted);
        steps.Add(new("作出决策并公布", adopted, adopted is null ? "" : Dates.Iso(adopted.Date), adopted is null ? "尚未发布" : adopted.DocNumber ?? ""));
        var interpretations = adopted is null ? [] : site.InterpretationsOf.GetValueOrDefault(adopted.Id, []);
        if (interpretations.Count == 0) steps.Add(new("政策解读", null, "", "尚未发布"));
        foreach (var i in interpretations.OrderBy(i => i.Date).ThenBy(i => i.Id, StringComparer.Ordinal))
            steps.Add(new("政策解读", i, Dates.Iso(i.Date), i.InterpretationForm ?? "文字解读"));
        return steps;
    }

    /// <summary>The furthest step reached, for the 目录's 进展 column.</summary>
    public static string Stage(IReadOnlyList<DecisionStep> steps) =>
        steps.LastOrDefault(s => s.Document is not null)?.Label switch
        {
            null => "已列入目录",
            "公开征求意见" => "公开征求意见",
            "意见采纳情况" => "已公布意见采纳情况",
            "作出决策并公布" or "政策解读" => "已作出决策",
            var other => other,
        };

    /// <summary>Each published document a decision record links (征集, 采纳情况, 决策文件), with the record, so their pages link back.</summary>
    public static Dictionary<string, Document> RecordsByParticipant(SiteModel site)
    {
        var result = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var record in site.Documents.Where(d => d.Decision is not null))
            foreach (var step in Of(site, record))
                if (step.Document is { } d && step.Label != "政策解读") result.TryAdd(d.Id, record);
        return result;
    }

    private static Document? Published(SiteModel site, Reference? r) => r is null ? null : site.Published(r.DocumentId);

}
