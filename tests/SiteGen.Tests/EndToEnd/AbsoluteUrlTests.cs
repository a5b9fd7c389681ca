using System.Text.RegularExpressions;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Deploy;

/// <summary>
/// Location independence, checked on the bytes: the output may name a host only through base_url
/// (sitemap.xml, feeds, canonical links), in links the content itself contains, or in the
/// monitoring links the national rules require in the footer (site.yml's 网站声明, 找错 and 党政机关标识
/// addresses, and the two official 备案 registries). Anything else —
/// an absolute link, a protocol-relative `//host`, a third-party asset — would break the site on
/// another host, under a sub-path, from disk, or leak readers to another server.
/// </summary>
[Slow]
public sealed partial class AbsoluteUrlTests(DeployedSite site) : IClassFixture<DeployedSite>
{
    [GeneratedRegex(@"https?://[^\s""'<>()\\]+", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteUrl();

    // A reference that starts with // (protocol-relative) in an attribute or a CSS url().
    [GeneratedRegex(@"(?:=\s*[""']?|url\(\s*[""']?)//", RegexOptions.IgnoreCase)]
    private static partial Regex ProtocolRelative();

    // XML namespace names are identifiers, never fetched.
    [GeneratedRegex(@"xmlns(?::\w+)?\s*=\s*[""'][^""']*[""']")]
    private static partial Regex XmlNamespace();

    [Fact]
    public void Output_NamesNoHost_ButBaseUrlAndLinksWrittenInContent()
    {
        var contentText = string.Join("\n", Directory.EnumerateFiles(Path.Combine(site.Root, "content"), "*.md", SearchOption.AllDirectories).Select(File.ReadAllText));
        var offending = new List<string>();
        var baseUrlSeen = false;
        foreach (var (file, text) in OutputScanner.AllTexts(site.Out))
        {
            if (!IsText(file)) continue;
            var scanned = XmlNamespace().Replace(text, "");
            foreach (Match m in AbsoluteUrl().Matches(scanned))
            {
                var url = System.Net.WebUtility.HtmlDecode(m.Value);
                if (url.StartsWith(DeployedSite.BaseUrl, StringComparison.Ordinal)) baseUrlSeen = true;
                else if (IsMonitoringLink(url)) continue;
                else if (!site.ExternalLinks.Contains(url) || !contentText.Contains(url, StringComparison.Ordinal)) offending.Add($"{file}: {url}");
            }
            foreach (Match m in ProtocolRelative().Matches(scanned)) offending.Add($"{file}: …{m.Value}…");
        }
        Assert.Empty(offending);
        Assert.True(baseUrlSeen, "base_url is set, so sitemap.xml and canonical links must use it");
    }

    private bool IsMonitoringLink(string url) =>
        File.ReadAllText(Path.Combine(site.Root, "site.yml")).Contains(url, StringComparison.Ordinal)
        || url == SiteGen.Rendering.Views.MonitoringView.IcpSystem
        || url.StartsWith("https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=", StringComparison.Ordinal);

    private static bool IsText(string file) => Path.GetExtension(file).ToLowerInvariant() is ".html" or ".css" or ".js" or ".xml" or ".json" or ".txt" or ".svg";
}
