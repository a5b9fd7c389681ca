using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Security;

[CollectionDefinition(Name)]
public sealed class HostileCollection : ICollectionFixture<HostileSite>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "hostile";
}

/// <summary>The whole output of the hostile fixture, every file and every zip entry, read for anything that could run script.</summary>
[Collection(HostileCollection.Name)]
[Slow]
public sealed class StaticScanTests(HostileSite site)
{
    [Fact]
    public void HostileSite_Output_HasNoScriptVector()
    {
        var findings = ScriptScanner.ForDefaultTheme().Scan(site.Out);
        Assert.True(findings.Count == 0, "found in the output:\n" + string.Join("\n", findings));
        Assert.True(Directory.EnumerateFiles(site.Out, "*.html", SearchOption.AllDirectories).Count() > 50, "the fixture should produce many pages");
    }

    [Fact]
    public void HostileSite_ReportsTheRemovals_AtTheirLines()
    {
        var file = "content/xxgk/zcwj/2025/hostile-policy.md";
        var lines = File.ReadAllLines(Path.Combine(site.Root, file));
        var script = Array.FindIndex(lines, l => l.StartsWith("<script>alert('body')", StringComparison.Ordinal)) + 1;
        var warnings = site.Result.Diagnostics.Where(d => d.Path == file && d.Severity == Severity.Warning).ToList();
        Assert.Contains(warnings, d => d.Code == "html-removed" && d.Line == script && d.Column == 1 && d.Message.Contains("<script>", StringComparison.Ordinal));
        // One warning per hostile construct in the body: 11 raw links/img, 12 elements, 5 Markdown links (LS/PS and template text are not removals).
        Assert.True(warnings.Count(d => d.Code == "html-removed") >= 20, string.Join("\n", warnings));
        Assert.Equal(5, warnings.Count(d => d.Code == "unsafe-url"));
    }

    [Fact]
    public void HostileTitles_AreShownAsText_OnTheirPages()
    {
        var parser = new HtmlParser();
        foreach (var (path, title) in site.Pages)
        {
            var page = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Out, path)));
            Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
            Assert.Contains(title, page.Title, StringComparison.Ordinal);
            Assert.Equal(title, page.QuerySelector("meta[name='ArticleTitle']")!.GetAttribute("content"));
            Assert.Contains(HostileSite.Field.Replace("\u2028", ""), page.QuerySelector("main")!.TextContent.Replace("\u2028", ""), StringComparison.Ordinal);
            Assert.Contains("{{ site.title }}", page.QuerySelector("article .body")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void HostileTitles_AreShownAsText_InListsIssuesAndFeeds()
    {
        var parser = new HtmlParser();
        var tzgg = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Out, "xxgk/fdzdgk/tzgg/index.html")));
        var linkTexts = tzgg.QuerySelectorAll("main a").Select(a => a.TextContent).ToHashSet(StringComparer.Ordinal);
        foreach (var title in HostileSite.Titles.Skip(6)) Assert.Contains(title, linkTexts);

        var issue = Directory.EnumerateFiles(Path.Combine(site.Out, "gongbao"), "*.html", SearchOption.AllDirectories)
            .Select(f => parser.ParseDocument(File.ReadAllText(f)))
            .First(d => d.QuerySelector("h1")?.TextContent == "公报<script>alert('issue')</script>2025年第1期");
        var toc = issue.QuerySelector("main")!.TextContent;
        Assert.Contains(HostileSite.Titles[4], toc, StringComparison.Ordinal);
        Assert.Contains("</h2><script>alert('section')</script>", toc, StringComparison.Ordinal);
        Assert.Contains(HostileSite.Titles[0], toc, StringComparison.Ordinal);

        // The annual report page draws its tables and charts around the hostile title (the fixture exercises it).
        var report = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Out, "xxgk/nb/hostile-nb.html")));
        Assert.NotEmpty(report.QuerySelectorAll("main table"));

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(File.ReadAllText(Path.Combine(site.Out, "feed.xml")));
        var feedTitles = feed.Descendants(atom + "entry").Select(e => e.Element(atom + "title")!.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var title in HostileSite.Titles) Assert.Contains(title, feedTitles);
    }

    [Fact]
    public void Scanner_FindsEveryKindOfProblem()
    {
        using var dir = new TempDir();
        void Write(string name, string text)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(dir.File(name))!);
            File.WriteAllText(dir.File(name), text);
        }
        const string csp = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; object-src 'none'\">";
        Write("js/site.js", "document.body.textContent = 'x';");
        Write("js/bad-theme.js", "el.innerHTML = data.title;");
        Write("ok.html", $"<!DOCTYPE html><html><head>{csp}<script src=\"js/site.js\"></script></head><body><p>x</p></body></html>");
        Write("event.html", $"<html><head>{csp}</head><body><img src=x onerror=alert(1)></body></html>");
        Write("url.html", $"<html><head>{csp}</head><body><a href=\"JaVa&#9;Script:alert(1)\">x</a></body></html>");
        Write("inline.html", $"<html><head>{csp}</head><body><script>alert(1)</script></body></html>");
        Write("foreign.html", $"<html><head>{csp}<script src=\"https://cdn.example.com/x.js\"></script></head><body></body></html>");
        Write("data/extra.js", "window.Y = 1;");
        Write("unknown.html", $"<html><head>{csp}<script src=\"data/extra.js\"></script></head><body></body></html>");
        Write("frame.html", $"<html><head>{csp}</head><body><iframe src=\"x.html\"></iframe></body></html>");
        Write("nocsp.html", "<html><head></head><body>x</body></html>");
        Write("loose.html", "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'self' 'unsafe-inline'; object-src 'none'\"></head><body></body></html>");
        Write("data/index.js", "window.X = {\"t\":\"</script><script>alert(1)</script>\"};");
        Write("data/broken.js", "window.X = {\"t\":\"a\"b\"};");
        Write("data/ls.json", "{\"t\":\"a\u2028b\"}");
        Write("feed.xml", "<feed><title>a & b</title></feed>");
        Write("feed2.xml", "<feed><entry><content type=\"html\">&lt;img src=x onerror=alert(1)&gt;</content></entry></feed>");
        Write("tu.svg", "<svg/>");
        Write("bad\u0001name.html", $"<html><head>{csp}</head><body></body></html>");
        using (var gz = new GZipStream(File.Create(dir.File("event.html.gz")), CompressionLevel.Fastest))
            gz.Write(Encoding.UTF8.GetBytes($"<html><head>{csp}</head><body><p onclick=\"x()\">x</p></body></html>"));
        using (var zip = ZipFile.Open(dir.File("offline.zip"), ZipArchiveMode.Create))
        {
            using (var w = new StreamWriter(zip.CreateEntry("issue/index.html").Open())) w.Write($"<html><head>{csp}</head><body><a href=\"javascript:alert(1)\">x</a></body></html>");
            using (var w = new StreamWriter(zip.CreateEntry("../escape.txt").Open())) w.Write("x");
        }
        var findings = new ScriptScanner(new HashSet<string>(["js/site.js", "js/bad-theme.js"])).Scan(dir.Path);
        string[] expected =
        [
            "bad\\u0001name.html: unsafe file name",
            "data/broken.js: not valid JavaScript",
            "data/index.js: data file contains “</script”",
            "data/ls.json: data file contains a raw U+2028/U+2029",
            "event.html: event attribute onerror on <img>",
            "event.html: event attribute onclick on <p>",
            "feed.xml: not well-formed XML",
            "feed2.xml <content>: event attribute onerror on <img>",
            "foreign.html: script from outside the site",
            "frame.html: <iframe> element",
            "inline.html: inline script",
            "inline.html: <script> without src",
            "js/bad-theme.js: theme script uses .innerHTML =",
            "loose.html: CSP script-src allows 'unsafe-inline'",
            "nocsp.html: no Content-Security-Policy meta",
            "offline.zip!../escape.txt: unsafe entry name",
            "offline.zip!issue/index.html: script URL in <a href=",
            "tu.svg: SVG files are not published",
            "unknown.html: script src “data/extra.js” is not one of the theme's scripts",
            "url.html: script URL in <a href=",
        ];
        foreach (var e in expected) Assert.True(findings.Any(f => f.StartsWith(e, StringComparison.Ordinal)), $"missing “{e}” in:\n{string.Join("\n", findings)}");
        Assert.DoesNotContain(findings, f => f.StartsWith("ok.html", StringComparison.Ordinal) || f.StartsWith("js/site.js", StringComparison.Ordinal));
    }
}
