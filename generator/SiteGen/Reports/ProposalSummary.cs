using SiteGen.Model;

namespace SiteGen.Reports;

/// <summary>The counts of one kind (人大代表建议 or 政协提案) in one year.</summary>
internal sealed record ProposalCounts(string Kind, int Total, int Replied, int OnTime, int Late, int A, int B, int C)
{
    public int Unclassified => Replied - A - B - C;
}

/// <summary>
/// 建议提案办理 summed up per year: how many replies of each kind were published, how many were
/// answered within the 办理期限 (three months from receipt, the usual 交办 rule for 人大代表建议
/// and 政协提案), and the 答复类别 A/B/C. A reply counts in the year it was received (else published).
/// The yearly summary page and the annual report draft's section 六 read the same numbers.
/// </summary>
internal sealed record ProposalSummary(int Year, IReadOnlyList<ProposalCounts> Kinds)
{
    public const int DeadlineMonths = 3;

    public int Total => Kinds.Sum(k => k.Total);

    public static int YearOf(Document d) => (d.Proposal?.Received ?? d.Date).Year;

    /// <summary>Whether a reply came within the deadline; null when either date is missing.</summary>
    public static bool? OnTime(Proposal p) =>
        p.Received is { } r && p.Replied is { } replied ? replied.Date <= r.Date.AddMonths(DeadlineMonths) : null;

    public static IReadOnlyList<ProposalSummary> All(SiteModel site) =>
        site.Documents.Where(d => d.Proposal is not null).GroupBy(YearOf).OrderByDescending(g => g.Key)
            .Select(g => Of(g.Key, g)).ToList();

    public static ProposalSummary For(SiteModel site, int year) =>
        Of(year, site.Documents.Where(d => d.Proposal is not null && YearOf(d) == year));

    public static ProposalSummary Of(int year, IEnumerable<Document> docs)
    {
        var list = docs.Select(d => d.Proposal!).ToList();
        return new ProposalSummary(year, FrontMatterKinds.Select(kind =>
        {
            var of = list.Where(p => p.Kind == kind).ToList();
            var replied = of.Where(p => p.Replied is not null).ToList();
            return new ProposalCounts(kind, of.Count, replied.Count, replied.Count(p => OnTime(p) == true), replied.Count(p => OnTime(p) == false),
                replied.Count(p => p.ReplyClass == "A"), replied.Count(p => p.ReplyClass == "B"), replied.Count(p => p.ReplyClass == "C"));
        }).ToList());
    }

    private static readonly string[] FrontMatterKinds = Validation.FrontMatterKeys.ProposalKinds;

    /// <summary>The sentence for the annual report's 人大代表建议和政协提案 item.</summary>
    public string Sentence()
    {
        var parts = Kinds.Select(k => $"{k.Kind}{k.Total}件（按期答复{k.OnTime}件）");
        return $"{Year}年共公开{string.Join("、", parts)}的办理复文。";
    }
}
