using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Build;

/// <summary>The outcome of a build: the diagnostics, and what was published when it succeeded.</summary>
internal sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, SiteModel? Site, IReadOnlyList<string> Files, IReadOnlyList<string> ExternalLinks, StageTimer Timer)
{
    /// <summary>Source files marked `draft: true` (paths relative to the site folder), for the self-check page.</summary>
    public IReadOnlyList<string> Drafts { get; init; } = [];

    public bool Succeeded => Site is not null && Diagnostics.All(d => d.Severity != Severity.Error);
}
