using System.Text;
using SiteGen.Model;
using SiteGen.Text;

namespace SiteGen.Rendering.Pages;

/// <summary>
/// What a document's page shows of OTHER documents, as one string per published document:
/// previous/next in its column, the issues it is printed in with its neighbours there, the
/// documents it replaces, interprets or reports on (only while they are published) and its
/// published interpretations. `serve --watch` re-renders a page whose string differs from the
/// last build's, besides the edited documents themselves. Kept beside <see cref="DocumentPages"/>:
/// a new cross-document value on the page must be added here too (the incremental-equals-full
/// tests in Editors/ catch a miss). Links written in bodies are found by text instead
/// (see IncrementalBuild), and annual reports, which count the whole site, are always re-rendered.
/// </summary>
internal static class DocumentPageInputs
{
    public static Dictionary<string, string> Of(SiteModel site)
    {
        var neighbours = DocumentPages.NeighboursInColumn(site);
        var decisions = DecisionTimeline.RecordsByParticipant(site);
        var result = new Dictionary<string, string>(site.Documents.Count, StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var d in site.Documents)
        {
            text.Clear();
            text.Append(site.PagePath[d.Id]).Append(site.ConflictingPages.Contains(d.Id) ? "|conflict" : "").Append('\n');
            var (previous, next) = neighbours.GetValueOrDefault(d.Id);
            Link(text, site, previous);
            Link(text, site, next);
            foreach (var issue in site.IssuesOf.GetValueOrDefault(d.Id, []))
            {
                text.Append(issue.Issue.Key).Append('|').Append(issue.Issue.Title).Append('\n');
                var (before, after) = DocumentPages.NeighboursInIssue(issue, d);
                Link(text, site, before);
                Link(text, site, after);
            }
            Reference(text, site, d.ReplacedBy);
            foreach (var r in d.Interprets) Reference(text, site, r);
            // A 解读 shows whether the policies it interprets are still in force, and what replaced them (issue 23).
            foreach (var r in d.Interprets)
                if (site.Published(r.DocumentId) is { IsInForce: false } policy)
                {
                    text.Append(policy.Validity).Append('|').Append((policy.ValidityDate is { } validity ? Dates.Iso(validity) : null)).Append('\n');
                    Reference(text, site, policy.ReplacedBy);
                }
            Reference(text, site, d.Consultation?.Result);
            foreach (var i in site.InterpretationsOf.GetValueOrDefault(d.Id, []))
                text.Append(i.Title).Append('|').Append(site.PagePath[i.Id]).Append('|').Append(i.InterpretationForm).Append('|').Append(Dates.Iso(i.Date)).Append('\n');
            DecisionTimeline.AppendInputs(text, site, d, decisions);
            result[d.Id] = text.ToString();
        }
        return result;
    }

    private static void Link(StringBuilder text, SiteModel site, Document? d) =>
        text.Append(d is null ? "-" : d.Title + "|" + site.PagePath[d.Id]).Append('\n');

    /// <summary>A front-matter reference as the page shows it: the target's title and page when it is published, else nothing.</summary>
    private static void Reference(StringBuilder text, SiteModel site, Reference? r)
    {
        if (r is null) return;
        Link(text, site, site.Published(r.DocumentId));
    }
}
