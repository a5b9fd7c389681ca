using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;
using SiteGen.Tests.Theme;

namespace SiteGen.Tests.Citizen;

/// <summary>依申请公开: the standard page, its link from the column, the 申请表 in docx and pdf, a site's own form, the 公开指南 check.</summary>
public sealed class ApplicationPageTests
{
    private const string Page = "xxgk/ysqgk/index.html";
    private const string Docx = "xxgk/ysqgk/zhengfu-xinxi-gongkai-shenqingbiao.docx";
    private const string Pdf = "xxgk/ysqgk/zhengfu-xinxi-gongkai-shenqingbiao.pdf";

    private static string Yml(string application = "") => TestSite.MinimalSiteYml + "\ncontact: {phone: 0531-1234567, email: gk@ceshi.gov.cn}\n" + application;

    [Fact]
    public void Page_IsLinkedFromTheColumn_AndStatesTimeLimitsFeesRemediesAndSteps()
    {
        using var site = new TestSite(Yml("application: {online_url: https://ysq.ceshi.gov.cn/apply, office: 测试区政务公开办}"));
        site.Doc("xxgk/tzgg/a.md");
        site.Build().NoErrors();
        var column = Html.Parse(site.Read("xxgk/index.html"));
        Assert.Equal(Page, Html.Target("xxgk/index.html", column.QuerySelectorAll(".column-services a").Single(a => a.Text().StartsWith("依申请公开"))));
        var page = Html.Parse(site.Read(Page));
        Assert.Equal("依申请公开", page.QuerySelector("h1").Text());
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("20 个工作日", text);
        Assert.Contains("第三十三条", text);
        Assert.Contains("不收取费用", text);
        Assert.Contains("行政复议", text);
        Assert.Contains("行政诉讼", text);
        Assert.Equal(6, page.QuerySelectorAll("ol.flowchart > li").Length);   // the flowchart is text in an ordered list
        Assert.Equal("https://ysq.ceshi.gov.cn/apply", page.QuerySelector("a.apply-online")!.GetAttribute("href"));
        Assert.Equal("tel:0531-1234567", page.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
        Assert.Equal(Docx, Html.Target(Page, page.QuerySelector("a.form-docx")));
        Assert.Equal(Pdf, Html.Target(Page, page.QuerySelector("a.form-pdf")));
        Assert.Contains("测试区政务公开办", text);
    }

    [Fact]
    public void WithoutAnOnlineSystem_ThePageOffersNone()
    {
        using var site = new TestSite(Yml());
        site.Doc("xxgk/tzgg/a.md");
        site.Build().NoErrors();
        Assert.Null(Html.Parse(site.Read(Page)).QuerySelector("a.apply-online"));
    }

    [Fact]
    public void FormDocx_IsAValidWordDocument_WithTheFormsFields_AndTheSameBytesEachBuild()
    {
        using var site = new TestSite(Yml());
        site.Doc("xxgk/tzgg/a.md");
        site.Build().NoErrors();
        var bytes = File.ReadAllBytes(Path.Combine(site.Out, Docx));
        using (var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            var text = doc.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("测试区人民政府政府信息公开申请表", text);
            Assert.Contains("便于查询的其他特征性描述", text);
            Assert.Contains("统一社会信用代码", text);
        }
        site.Build().NoErrors();
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(site.Out, Docx)));
    }

    [Fact]
    [Slow]
    public void FormPdf_UsesThePredefinedChineseFont_AndReadsBackAsText()
    {
        using var site = new TestSite(Yml());
        site.Doc("xxgk/tzgg/a.md");
        site.Build().NoErrors();
        var path = Path.Combine(site.Out, Pdf);
        var raw = File.ReadAllText(path, System.Text.Encoding.Latin1);
        Assert.StartsWith("%PDF-1.4", raw);
        Assert.Contains("/BaseFont /STSong-Light /Encoding /UniGB-UTF16-H", raw);
        Assert.DoesNotContain("/FontFile", raw);   // nothing embedded
        var text = PdfToText(path);
        Assert.Contains("测试区人民政府政府信息公开申请表", text);
        Assert.Contains("统一社会信用代码", text);
        Assert.Contains("20个工作日", text.Replace(" ", ""));
    }

    [Fact]
    public void ASitesOwnForm_InStatic_ReplacesTheGeneratedOne()
    {
        using var site = new TestSite(Yml());
        site.Doc("xxgk/tzgg/a.md");
        var own = Path.Combine(site.Root, "static", "xxgk", "ysqgk", "zhengfu-xinxi-gongkai-shenqingbiao.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(own)!);
        File.WriteAllText(own, "%PDF-1.7 our own form");
        site.Build().NoErrors();
        Assert.Equal("%PDF-1.7 our own form", File.ReadAllText(Path.Combine(site.Out, Pdf)));
        Assert.Contains("21 B", Html.Parse(site.Read(Page)).QuerySelector("a.form-pdf")!.ParentElement!.TextContent);
        Assert.StartsWith("PK", File.ReadAllText(Path.Combine(site.Out, Docx), System.Text.Encoding.Latin1));   // the other one is still made
    }

    [Fact]
    public void UnknownApplicationColumn_IsAnErrorInSiteYml()
    {
        using var site = new TestSite(Yml("application:\n  column: ysq\n"));
        site.Doc("xxgk/tzgg/a.md");
        var d = site.Build().Single("unknown-column");
        Assert.Equal((Severity.Error, "site.yml"), (d.Severity, d.Path));
        Assert.Contains("application.column", d.Message);
    }

    [Fact]
    public void Guide_NamingAMissingColumnOrAnOnlineSystem_IsWarnedAtItsPosition()
    {
        using var site = new TestSite(Yml());
        site.Add("xxgk/zn/guide.md", "---\ntitle: 政府信息公开指南\ncategory: 政府信息公开指南\ndisclosure: 主动公开\ndate: 2025-03-01\n---\n\n第一段。\n\n可在“依申请公开”栏目下载申请表，或到“办事服务”栏目查询。\n\n也可以网上申请。\n");
        var result = site.Build();
        result.NoErrors();
        var warnings = result.Diagnostics.Where(d => d.Code == "guide-promise").OrderBy(d => d.Line).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Equal(("content/xxgk/zn/guide.md", 10, 21), (warnings[0].Path, warnings[0].Line, warnings[0].Column));
        Assert.Contains("办事服务", warnings[0].Message);
        Assert.Equal(("content/xxgk/zn/guide.md", 12, 4), (warnings[1].Path, warnings[1].Line, warnings[1].Column));
        Assert.Contains("application.online_url", warnings[1].Hint);

        // With an online system configured and a real column named, the guide keeps its promises.
        using var fixedSite = new TestSite(Yml("application: {online_url: https://ysq.ceshi.gov.cn/}"));
        fixedSite.Add("xxgk/zn/guide.md", "---\ntitle: 政府信息公开指南\ncategory: 政府信息公开指南\ndisclosure: 主动公开\ndate: 2025-03-01\n---\n\n可在“依申请公开”栏目在线申请，或看“通知公告”栏目。\n");
        Assert.DoesNotContain(fixedSite.Build().Diagnostics, d => d.Code == "guide-promise");
    }

    private static string PdfToText(string path)
    {
        var start = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
        return text;
    }
}
