using System.Diagnostics;
using System.Text;
using SiteGen.Rendering.Pdf;
using SiteGen.Tests.Infrastructure;
using SiteGen.Tests.Theme;

namespace SiteGen.Tests.Rendering;

/// <summary>
/// A policy without an attachment of its own is downloadable as a PDF made at build time
/// (<see cref="PolicyPdf"/>, issue 23): Chinese line breaking, pages, deterministic bytes, read back
/// with poppler's pdftotext and pdfinfo (scripts/install-deps.sh installs poppler-utils and
/// poppler-data, which maps STSong-Light's UniGB-UTF16-H text); a policy with an original links
/// that instead, and an unpublished one gets no file.
/// </summary>
public sealed class PolicyPdfTests
{
    private const string Body = "各街道办事处，区政府各部门：\n现将《测试区公共停车设施管理办法》印发给你们，请认真贯彻执行。\n第一条　为规范公共停车设施建设和管理（以下简称停车设施），根据有关规定，制定本办法。";

    [Fact]
    public void Lines_NeverStartWithClosingPunctuation_NorEndWithOpening_AndKeepNumbersWhole()
    {
        // 10 ems a line: a comma that would start line 2 hangs at the end of line 1.
        Assert.Equal(["一二三四五六七八九十，", "一二"], ChineseLines.Split("一二三四五六七八九十，一二", 10));
        // 《 would end line 1: it moves down with what it opens.
        Assert.Equal(["一二三四五六七八九", "《十一》"], ChineseLines.Split("一二三四五六七八九《十一》", 10));
        // 2026 would be cut after 20: it moves down whole.
        Assert.Equal(["一二三四五六七八九", "2026年"], ChineseLines.Split("一二三四五六七八九2026年", 10));
        // A run wider than a line is broken anyway rather than run off the page.
        Assert.All(ChineseLines.Split(new string('a', 50), 10), l => Assert.True(PdfPages.Ems(l) <= 10));
    }

    [Fact]
    public void Pdf_IsTheSameBytesEveryTime_AndPaginatesALongBody()
    {
        var facts = new List<(string, string)> { ("发文机关", "测试区人民政府"), ("成文日期", "2025-02-20") };
        var once = PolicyPdf.Write("测试区公共停车设施管理办法", "测政发〔2025〕1号", facts, Body);
        Assert.Equal(once, PolicyPdf.Write("测试区公共停车设施管理办法", "测政发〔2025〕1号", facts, Body));
        var text = Encoding.Latin1.GetString(once);
        Assert.StartsWith("%PDF-1.4", text);
        Assert.DoesNotContain("CreationDate", text);
        Assert.Contains("/Count 1 ", text);
        // Content streams are zlib (FlateDecode) of the drawing operators; .NET's reader checks the Adler-32.
        var stream = System.Text.RegularExpressions.Regex.Match(text, @"/Length (\d+) /Filter /FlateDecode >>\nstream\n");
        Assert.True(stream.Success);
        using var zlib = new System.IO.Compression.ZLibStream(new MemoryStream(once, stream.Index + stream.Length, int.Parse(stream.Groups[1].Value)), System.IO.Compression.CompressionMode.Decompress);
        Assert.StartsWith("BT /F1 18 Tf", new StreamReader(zlib, Encoding.ASCII).ReadToEnd());
        var longBody = string.Join("\n", Enumerable.Repeat("第二条　本办法所称公共停车设施，是指为社会公众提供停车服务的停车场、停车库以及道路停车泊位。", 60));
        var pages = Encoding.Latin1.GetString(PolicyPdf.Write("长文件", null, facts, longBody));
        Assert.Matches(@"/Count ([4-9]|\d\d) ", pages);
    }

    [Fact]

    [Slow]
    public void PolicyWithoutAttachment_LinksItsPdf_WhichReadsBackWithTitleFactsAndBody()
    {
        using var site = new TestSite()
            .Doc("gfxwj/a.md", "category: gfxwj\ntitle: 测试区公共停车设施管理办法\ndoc_number: 测政发〔2025〕1号\nwritten: 2025-02-20\norgan: 测试区人民政府", Body);
        site.Build().NoErrors();
        var page = Html.Parse(site.Read("gfxwj/a.html"));
        var link = page.QuerySelector(".policy-download a")!;
        Assert.Equal("下载（PDF）", link.Text());
        Assert.Equal("gfxwj/a.pdf", Html.Target("gfxwj/a.html", link));
        // The policy list offers the same file.
        Assert.Equal("gfxwj/a.pdf", Html.Target("xxgk/fdzdgk/zcwj/gfxwj/index.html", Html.Parse(site.Read("xxgk/fdzdgk/zcwj/gfxwj/index.html")).QuerySelector(".policy-table .download-link")));
        var pdf = Path.Combine(site.Out, "gfxwj/a.pdf");
        Assert.Contains("Pages:           1", Poppler("pdfinfo", pdf));
        var text = Flat(Poppler("pdftotext", "-enc", "UTF-8", pdf, "-"));
        Assert.Contains("测试区公共停车设施管理办法", text);
        Assert.Contains("测政发〔2025〕1号", text);
        Assert.Contains("发文机关：测试区人民政府", text);
        Assert.Contains("成文日期：2025-02-20", text);
        Assert.Contains("为规范公共停车设施建设和管理", text);
    }

    [Fact]

    [Slow]
    public void PolicyWithAnOriginal_LinksIt_AndNonPoliciesAndUnpublishedPoliciesGetNoPdf()
    {
        using var site = new TestSite()
            .Add("gfxwj/yuanjian.pdf", "%PDF-1.4 test")
            .Doc("gfxwj/a.md", "category: gfxwj\ntitle: 测试办法\nattachments:\n  - {file: yuanjian.pdf, title: 原件}")
            .Doc("gfxwj/b.md", "category: gfxwj\ntitle: 依申请公开的测试办法\ndisclosure: 依申请公开\ndisclosure_reason: 涉及个人隐私", "WITHHELDCANARY")
            .Doc("gfxwj/c.md", "category: gfxwj\ntitle: 明年施行的测试办法\ndate: 2027-01-01")
            .Doc("zcjd/j.md", "category: 政策解读\ntitle: 测试办法解读\ninterprets: gfxwj/a")
            .Doc("tzgg/n.md", "category: 通知公告");
        site.Build().NoErrors();
        var page = Html.Parse(site.Read("gfxwj/a.html"));
        Assert.StartsWith("下载原件：原件", page.QuerySelector(".policy-download a").Text());
        Assert.Equal("gfxwj/yuanjian.pdf", Html.Target("gfxwj/a.html", page.QuerySelector(".policy-download a")));
        foreach (var none in new[] { "gfxwj/a.pdf", "gfxwj/b.pdf", "gfxwj/c.pdf", "zcjd/j.pdf", "tzgg/n.pdf" }) Assert.False(site.Exists(none), none);
        Assert.Null(Html.Parse(site.Read("zcjd/j.html")).QuerySelector(".policy-download"));
        foreach (var pdf in Directory.EnumerateFiles(site.Out, "*.pdf", SearchOption.AllDirectories).Where(p => !p.EndsWith("yuanjian.pdf", StringComparison.Ordinal)))
            Assert.DoesNotContain("WITHHELDCANARY", Poppler("pdftotext", "-enc", "UTF-8", pdf, "-"));
    }

    /// <summary>pdftotext breaks lines where the PDF does: joined again to find a phrase that wrapped.</summary>
    internal static string Flat(string text) => string.Concat(text.Where(c => c is not ('\n' or '\r' or '\f')));

    internal static string Poppler(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} is missing: run scripts/install-deps.sh");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {error}");
        return output;
    }
}
