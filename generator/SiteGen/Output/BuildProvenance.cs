namespace SiteGen.Output;

/// <summary>
/// Which build a manifest describes: the SiteGen version, the build date (the date the publishing
/// gate used, so two builds of the same input on the same date stay byte-identical), the source
/// commit and the site's id. Signed with the file hashes, so an older signed build swapped in for
/// the current one is caught by `verify --min-build-date` or `--expect-commit`.
/// </summary>
internal sealed record BuildProvenance(string Version, DateOnly Built, string? Commit, string Site)
{
    /// <summary>The site's stable id: its 网站标识码, else its domain, else its name.</summary>
    public static string SiteId(Configuration.SiteConfig config) =>
        !string.IsNullOrWhiteSpace(config.SiteIdCode) ? config.SiteIdCode
        : !string.IsNullOrWhiteSpace(config.Domain) ? config.Domain
        : config.Title;
}
