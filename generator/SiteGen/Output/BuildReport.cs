using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Rendering;
using SiteGen.Text;

namespace SiteGen.Output;

/// <summary>
/// `--report FILE.json`: every published document (id, title, output path), every bulletin issue,
/// counts, all diagnostics and the external links. CI and tests read it. It lists only published
/// things, so it can be kept as a build artefact without leaking anything.
/// </summary>
internal static class BuildReport
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static void Write(string file, BuildResult result)
    {
        var site = result.Site;
        var report = new
        {
            Succeeded = result.Succeeded,
            SitegenVersion = SiteGenVersion.Current,
            AsOf = site is null ? null : Dates.Iso(site.AsOf),
            Counts = new
            {
                Documents = site?.Documents.Count ?? 0,
                Issues = site?.Issues.Count ?? 0,
                Files = result.Files.Count,
                Errors = result.Diagnostics.Count(d => d.Severity == Severity.Error),
                Warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning),
                Notices = result.Diagnostics.Count(d => d.Severity == Severity.Notice),
            },
            Documents = site?.Documents.Select(d => new { d.Id, d.Title, Path = site.PagePath[d.Id], Column = d.ColumnId, Date = Dates.Iso(d.Date) }).ToArray() ?? [],
            Issues = site?.Issues.Select(i => new
            {
                i.Issue.Id, i.Issue.Year, i.Issue.Issue, i.Issue.Title, Path = BulletinPaths.Issue(site, i.Issue),
                Articles = i.Entries.Select(e => e.Document.Id).ToArray(),
            }).ToArray() ?? [],
            Diagnostics = result.Diagnostics.Select(d => new { d.Path, d.Line, d.Column, Severity = d.SeverityName, d.Code, d.Message, d.Hint }).ToArray(),
            ExternalLinks = result.ExternalLinks,
            Stages = result.Timer.Stages.Select(s => new { s.Stage, Ms = Math.Round(s.Ms) }).ToArray(),
        };
        var dir = Path.GetDirectoryName(Path.GetFullPath(file));
        if (dir is not null) Directory.CreateDirectory(dir);
        File.WriteAllText(file, JsonSerializer.Serialize(report, Json));
    }
}
