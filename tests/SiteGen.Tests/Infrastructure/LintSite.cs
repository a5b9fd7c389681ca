using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Editors.Lint;

/// <summary>A test site with the 2025 National Day holiday (10-01…10-08 off, 09-28 and 10-11 worked, 调休) in site.yml.</summary>
internal static class LintSite
{
    public const string Holidays = """

        holidays:
          2025:
            off: [2025-10-01, 2025-10-02, 2025-10-03, 2025-10-06, 2025-10-07, 2025-10-08]
            workdays: [2025-09-28, 2025-10-11]
        """;

    public static TestSite Create(string extraSiteYml = "") => new(TestSite.MinimalSiteYml + Holidays + extraSiteYml);

    public static IReadOnlyList<Diagnostic> Lints(this TestSite site, string code, string asOf = "2026-01-01", bool strict = false) =>
        SiteBuilder.Build(new BuildOptions { SourceDir = site.Root, AsOf = DateOnly.Parse(asOf), Strict = strict })
            .Diagnostics.Where(d => d.Code == code).ToList();
}
