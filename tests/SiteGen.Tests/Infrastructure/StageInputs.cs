using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Validation;

namespace SiteGen.Tests.Infrastructure;

/// <summary>
/// What the stages from rendering on take, made from a <see cref="TestSite"/> by the stages before
/// them (<see cref="FrontStages"/>): a test then calls the
/// one stage it is about instead of building the whole site.
/// </summary>
internal static class StageInputs
{
    /// <summary>A render context over the site's model, writing into <paramref name="staging"/> (pages handed to <paramref name="reader"/>).</summary>
    public static RenderContext RenderContext(TestSite site, string staging, DiagnosticBag diagnostics, IPageReader? reader = null, string asOf = "2026-01-01")
    {
        var front = FrontStages.Run(site, asOf);
        foreach (var d in front.Diagnostics.Sorted()) diagnostics.Add(d);
        var (config, tree, model) = (front.Config, front.Loaded.Tree, front.Site);
        var theme = new SiteGen.Rendering.Theme(site.Root, SiteGen.Rendering.Theme.Locate(site.Root, config.Theme)!, diagnostics);
        return new RenderContext(model, theme, new OutputWriter(staging, diagnostics, reader: reader), diagnostics, new FileChecker(tree, diagnostics, config.Limits), tree.ContentDir);
    }
}
