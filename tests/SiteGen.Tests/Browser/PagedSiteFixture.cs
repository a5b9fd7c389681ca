using SiteGen.Build;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Browser;

/// <summary>
/// The sample site's content with the smallest page size (5), a base_url and one extra column
/// without documents: it has the pages the sample site lacks (page 2 of a column list,
/// an empty column's message, sitemap.xml), built once per test class.
/// </summary>
public sealed class PagedSiteFixture : IDisposable
{
    private readonly TempDir _dir = new("sitegen-paged");

    public PagedSiteFixture()
    {
        var yml = File.ReadAllText(Repo.SiteYml)
            .Replace("base_url: \"\"", "base_url: \"http://www.shiliqu.gov.cn/\"\npage_size: 5", StringComparison.Ordinal)
            .Replace("          - id: hygk\n", "          - id: kong\n            name: 空栏目示例\n          - id: hygk\n", StringComparison.Ordinal);
        if (!yml.Contains("page_size: 5", StringComparison.Ordinal) || !yml.Contains("id: kong", StringComparison.Ordinal))
            throw new InvalidOperationException("site.yml changed shape: update PagedSiteFixture");
        Directory.CreateDirectory(Source);
        File.WriteAllText(Path.Combine(Source, "site.yml"), yml);
        // A copy, not a link: a link out of the site folder is refused (SiteBoundary), as it should be.
        CopyTree(Path.Combine(Repo.Root, "content"), Path.Combine(Source, "content"));
        Result = SiteBuilder.Build(new BuildOptions { SourceDir = Source, OutputDir = Out, AsOf = DateOnly.Parse(SampleSiteFixture.AsOf) });
        if (!Result.Succeeded)
            throw new InvalidOperationException("the paged sample site does not build:\n" + string.Join("\n", Result.Diagnostics));
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    internal BuildResult Result { get; }
    private string Source => Path.Combine(_dir.Path, "site");
    public string Out => Path.Combine(_dir.Path, "public");

    public string FileUrl(string relative) => new Uri(Path.Combine(Out, relative)).AbsoluteUri;

    public void Dispose() => _dir.Dispose();
}
