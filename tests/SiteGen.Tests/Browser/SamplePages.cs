namespace SiteGen.Tests.Browser;

/// <summary>
/// One page of each kind the default theme renders, in the sample site built as of
/// <see cref="Infrastructure.SampleSiteFixture.AsOf"/> (2026-11-26), or in the paged copy of it.
/// Every browser test walks this list, so a new page kind is one line here.
/// </summary>
public static class SamplePages
{
    /// <summary>
    /// Kind name → output path. "paged:" pages come from <see cref="PagedSiteFixture"/>; "http:"
    /// pages are opened over HTTP (the 404 page is only ever shown by a server).
    /// </summary>
    public static readonly IReadOnlyList<(string Kind, string Path)> All =
    [
        ("home", "index.html"),
        ("xxgk", "xxgk/index.html"),
        ("fdzdgk", "xxgk/fdzdgk/index.html"),
        ("column", "xxgk/fdzdgk/zcwj/gfxwj/index.html"),
        ("column-page-2", "paged:xxgk/fdzdgk/zcwj/gfxwj/page-2.html"),
        ("year-archive", "xxgk/fdzdgk/zcwj/gfxwj/year-2025.html"),
        ("repealed-list", "xxgk/fdzdgk/zcwj/gfxwj/repealed.html"),
        ("empty-column", "paged:xxgk/fdzdgk/kong/index.html"),
        ("document-attachments", "xxgk/zcwj/2025/gfxwj-003.html"),
        ("document-repealed", "xxgk/zcwj/2025/gfxwj-001.html"),
        ("interpretation", "xxgk/zcjd/2026/zcjd-005.html"),
        ("consultation", "xxgk/yjzj/2026/yjzj-003.html"),
        ("proposal", "xxgk/jyta/2026/jyta-003.html"),
        ("annual-report", "xxgk/nb/2025.html"),
        ("annual-report-compare", "xxgk/nb/compare.html"),
        ("bulletin-home", "gongbao/index.html"),
        ("bulletin-year", "gongbao/2026/index.html"),
        ("bulletin-issue", "gongbao/2026/04/index.html"),
        ("bulletin-article", "gongbao/2026/04/art-01.html"),
        ("policy-compilation", "xxgk/fdzdgk/zcwj/huibian/2025.html"),
        ("interpretation-of-repealed", "xxgk/zcjd/2025/zcjd-001.html"),
        ("sitemap", "sitemap.html"),
        ("404", "http:404.html"),
    ];

    public static TheoryData<string> Kinds()
    {
        var data = new TheoryData<string>();
        foreach (var (kind, _) in All) data.Add(kind);
        return data;
    }

    public static TheoryData<string, string> KindsByMode()
    {
        var data = new TheoryData<string, string>();
        foreach (var mode in new[] { "normal", "contrast" })
            foreach (var (kind, _) in All) data.Add(kind, mode);
        return data;
    }

    public static string Url(string kind, Infrastructure.SampleSiteFixture sample, PagedSiteFixture paged)
    {
        var path = All.Single(p => p.Kind == kind).Path;
        if (path.StartsWith("http:", StringComparison.Ordinal)) return sample.HttpUrl(path["http:".Length..]);
        return path.StartsWith("paged:", StringComparison.Ordinal) ? paged.FileUrl(path["paged:".Length..]) : sample.FileUrl(path);
    }
}
