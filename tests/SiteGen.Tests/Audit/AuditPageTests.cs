using AngleSharp.Html.Parser;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Editors.Audit;

/// <summary>Issue 21: `check --audit FILE.html`, and the page written beside every `--report`.</summary>
public sealed class AuditPageTests
{
    private static AngleSharp.Html.Dom.IHtmlDocument Run(TestSite site, out string page, params string[] extra)
    {
        page = Path.Combine(site.Root, "out", "audit.html");
        var (code, _, err) = SiteGen.Tests.Infrastructure.Cli.Run(["check", "--source", site.Root, "--as-of", "2026-03-01", "--audit", page, .. extra]);
        Assert.True(code is 0 or 1, err);
        return new HtmlParser().ParseDocument(File.ReadAllText(page));
    }

    private static string Row(AngleSharp.Html.Dom.IHtmlDocument doc, string indicator) =>
        doc.QuerySelectorAll("section:first-of-type tbody tr").Single(r => r.Children[1].TextContent == indicator).TextContent;

    [Fact]
    public void EveryFinding_IsListedUnderItsIndicator_WithItsCountAgainstTheThreshold()
    {
        using var site = AuditSite.Create();
        var doc = Run(site, out _);
        Assert.Equal("zh-CN", doc.DocumentElement.GetAttribute("lang"));
        Assert.Empty(doc.QuerySelectorAll("script"));
        Assert.Equal(["总览", "单项否决指标", "扣分指标：信息发布", "扣分指标：解读回应", "扣分指标：办事服务", "扣分指标：互动交流", "扣分指标：功能设计"],
            doc.QuerySelectorAll("h2").Select(h => h.TextContent).ToList());
        // The test site's column tree has 13 columns; most stay empty, which fails a site at 5.
        Assert.Contains("已达否决线", Row(doc, "栏目不更新：空白栏目"));
        Assert.Contains("2/5", Row(doc, "栏目不更新：未按期更新"));
        Assert.Contains("1 处须整改", Row(doc, "政府信息公开：索引号缺失"));
        Assert.Contains("2 处须整改", Row(doc, "政府信息公开：索引号、文号重复"));
        Assert.Contains("1 处须整改", Row(doc, "政策解读：解读不及时"));
        Assert.Contains("1 处须整改", Row(doc, "调查征集：未公开意见采纳情况"));
        Assert.Contains("1 处须整改", Row(doc, "链接可用性：不可用链接"));
        Assert.Contains("1 份待完成", Row(doc, "待发布的草稿"));
        Assert.Contains("1 处须整改", Row(doc, "政府信息公开：年度报告"));
    }

    [Fact]
    public void EachFinding_LinksToTheFileToFix()
    {
        using var site = AuditSite.Create();
        var doc = Run(site, out var page);
        var links = doc.QuerySelectorAll("table.findings a").ToList();
        Assert.True(links.Count >= 10, $"{links.Count} links");
        foreach (var a in links)
        {
            var href = a.GetAttribute("href")!;
            var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(href)));
            Assert.True(File.Exists(target), $"{href} → {target}");
            Assert.Equal(Path.GetFullPath(Path.Combine(site.Root, a.TextContent.Split(':')[0])), target);
        }
        Assert.Contains(links, a => a.TextContent.StartsWith("content/zc/2025/p2.md:6:", StringComparison.Ordinal));
        Assert.Contains(links, a => a.TextContent == "content/tz/2025/draft.md:1:1");
    }

    [Fact]
    public void AReport_GetsTheAuditPageBesideIt_AndTheSiteNone()
    {
        using var site = AuditSite.Create();
        var report = Path.Combine(site.Root, "reports", "build.json");
        var (code, _, err) = SiteGen.Tests.Infrastructure.Cli.Run("build", "--source", site.Root, "--as-of", "2026-03-01", "--report", report);
        Assert.True(code is 0 or 1, err);
        Assert.True(File.Exists(Path.Combine(site.Root, "reports", "build.audit.html")));
        if (Directory.Exists(site.Out)) Assert.Empty(Directory.EnumerateFiles(site.Out, "*audit*", SearchOption.AllDirectories));
    }
}
