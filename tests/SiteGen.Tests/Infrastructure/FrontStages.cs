using SiteGen.Configuration;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Publishing;
using SiteGen.Validation;

namespace SiteGen.Tests.Infrastructure;

/// <summary>What each stage of the front half returned for a small site, and the diagnostics of all of them.</summary>
internal sealed record FrontStageRun(SiteConfig Config, LoadedContent Loaded, ValidatedContent Content, PublishedContent Published, SiteModel Site, DiagnosticBag Diagnostics)
{
    public IEnumerable<Diagnostic> With(string code) => Diagnostics.Sorted().Where(d => d.Code == code);
}

/// <summary>
/// Runs the stages before rendering (configuration → load → validate → gate → model) on a test
/// site, the way Build calls them, without a theme, a template or an output folder: what a lint or
/// a model test needs, in milliseconds.
/// </summary>
internal static class FrontStages
{
    public static FrontStageRun Run(TestSite site, string asOf = "2026-01-01") => Run(site.Root, DateOnly.Parse(asOf));

    /// <summary>The same for a site folder that is not a <see cref="TestSite"/> (a generated corpus).</summary>
    public static FrontStageRun Run(string root, DateOnly asOf)
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Load(root, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
        var columns = new ColumnIndex(config.Columns);
        var loaded = ContentLoader.Load(root, config.Limits, diagnostics);
        var content = ContentValidator.Validate(loaded.Sources, config, columns, diagnostics);
        var published = PublishedContent.Gate(content.Documents, content.Issues, asOf);
        var model = SiteModelBuilder.Build(config, columns, loaded.Tree, content, published, diagnostics);
        return new FrontStageRun(config, loaded, content, published, model, diagnostics);
    }
}
