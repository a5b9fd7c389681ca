using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using SiteGen.Cli;
using SiteGen.Tests.Editors.Lint;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Editors.Import;

public sealed class ImportTests
{
    private static (int Code, string Stdout, string Stderr) Import(TestSite site, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(["import", .. args, "--source", site.Root, "--date", "2025-03-05"], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static string Read(TestSite site, string rel) => File.ReadAllText(Path.Combine(site.Root, rel));

    private static Docx Notice() => new Docx()
        .P("示例区人民政府办公室文件", center: true)
        .P("示政办发[2025]08号", center: true)
        .Empty()
        .P("关于做好2025年政务公开工作的", center: true)
        .P("通知", center: true)
        .P("各镇人民政府，区政府各部门：")
        .P("为深入贯彻\n落实《条例》，现将有关事项通知如下。")
        .Empty()
        .P("一、工作目标")
        .P("到2025年底，公开质量明显提升。", bookmark: true)
        .P("（一）加强组织领导")
        .P("1．明确责任分工。")
        .P("2．强化督促检查。")
        .P("各单位要做到：")
        .Numbered("建立台账")
        .Numbered("定期通报")
        .Table(["事项", "责任单位", "完成时限"], ["政务公开要点", "区政府办公室", "2025年3月"])
        .P("附件：1.政务公开工作任务分工表")
        .P("2．政务公开工作联系人名单")
        .Empty()
        .P("示例区人民政府办公室")
        .P("2025年3月1日")
        .P("（此件公开发布）")
        .P("抄送：区委办公室，区人大常委会办公室。")
        .P("示例区人民政府办公室 2025年3月1日印发");

    [Fact]
    public void Docx_BecomesFrontMatterAndMarkdown_FromTheDocumentItself()
    {
        using var site = LintSite.Create();
        using var dir = new TempDir();
        var file = Notice().Save(dir.File("notice.docx"));
        var (code, stdout, stderr) = Import(site, file, "--category", "通知公告");
        Assert.True(code == 0, stderr);
        Assert.Contains("→ content/xxgk/fdzdgk/tzgg/2025/notice.md", stdout);
        Assert.Equal("""
            ---
            title: 关于做好2025年政务公开工作的通知
            category: 通知公告
            disclosure: 主动公开
            date: 2025-03-05
            written: 2025-03-01
            doc_number: 示政办发〔2025〕8号
            organ: 示例区人民政府办公室
            draft: true
            ---

            各镇人民政府，区政府各部门：

            为深入贯彻落实《条例》，现将有关事项通知如下。

            ## 一、工作目标

            到2025年底，公开质量明显提升。

            ### （一）加强组织领导

            1. 明确责任分工。
            2. 强化督促检查。

            各单位要做到：

            1. 建立台账
            2. 定期通报

            | 事项 | 责任单位 | 完成时限 |
            | --- | --- | --- |
            | 政务公开要点 | 区政府办公室 | 2025年3月 |

            附件：

            1. 政务公开工作任务分工表
            2. 政务公开工作联系人名单

            抄送：区委办公室，区人大常委会办公室。\
            示例区人民政府办公室 2025年3月1日印发

            """, Read(site, "content/xxgk/fdzdgk/tzgg/2025/notice.md"));
        var result = site.Build("2025-03-05", write: false);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == SiteGen.Diagnostics.Severity.Error || d.Code == "todo");
    }

    [Theory]
    [InlineData("示政办发（2025）8号", "示政办发〔2025〕8号")]
    [InlineData("示政办发﹝2025﹞008号", "示政办发〔2025〕8号")]
    [InlineData("示政办发【2025】12号", "示政办发〔2025〕12号")]
    [InlineData("示政发〔2025〕3号　　签发人：张三", "示政发〔2025〕3号")]
    public void DocNumberVariants_AreNormalised(string typed, string expected)
    {
        using var site = LintSite.Create();
        using var dir = new TempDir();
        var file = new Docx().P(typed, center: true).P("关于某事的通知", center: true).P("正文。").P("示例区人民政府").P("2025年3月1日").Save(dir.File("a.docx"));
        Assert.Equal(0, Import(site, file, "--category", "tzgg").Code);
        var text = Read(site, "content/xxgk/fdzdgk/tzgg/2025/a.md");
        Assert.Contains($"doc_number: {expected}\n", text);
        Assert.Contains("title: 关于某事的通知\n", text);
    }

    [Fact]
    public void WhatCannotBeDetermined_IsTodo_TheFileIsADraft_AndCheckReportsIt()
    {
        using var site = LintSite.Create();
        using var dir = new TempDir();
        var file = new Docx().P("关于某事的通知", center: true).P("正文第一段。").LinkedPicture("http://192.0.2.1/x.png").Save(dir.File("Some File.docx"));
        var (code, stdout, _) = Import(site, file);
        Assert.Equal(0, code);
        Assert.Contains("待补：栏目、公开属性（主动公开、依申请公开或不予公开）、成文日期、发布机构、图片", stdout);
        Assert.Equal("""
            ---
            title: 关于某事的通知
            category: TODO：栏目
            disclosure: TODO：公开属性（主动公开、依申请公开或不予公开）
            date: 2025-03-05
            organ: TODO：发布机构
            draft: true
            ---

            正文第一段。

            TODO：此处原有图片，请另行保存后插入。

            """, Read(site, "content/imported/doc-20250305.md"));
        var result = site.Build("2025-03-05", write: false);
        Assert.Contains(result.Diagnostics, d => d.Code == "unknown-column" && d.Path == "content/imported/doc-20250305.md");
        Assert.Contains(result.Diagnostics, d => d.Code == "bad-value" && d.Message.Contains("disclosure"));
    }

    [Fact]
    public void PlainTextExport_InGbk_WithTabTablesChineseDatesAndDisclosureOption()
    {
        using var site = LintSite.Create();
        using var dir = new TempDir();
        var text = string.Join("\r\n",
            "示例区教育和体育局", "关于公布2025年义务教育招生范围的通告", "", "　　根据有关规定，现将招生范围公告如下。",
            "学校\t招生范围", "第一小学\t东城街道", "第二小学\t西城街道", "", "　　特此通告。", "",
            "示例区教育和体育局", "二〇二五年三月一日", "政府信息公开选项：主动公开", "");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var file = dir.File("tg.txt");
        File.WriteAllBytes(file, Encoding.GetEncoding("GB18030").GetBytes(text));
        Assert.Equal(0, Import(site, file, "--category", "通知公告", "--out", Path.Combine(site.Root, "content/tz/tg2025.md")).Code);
        Assert.Equal("""
            ---
            title: 示例区教育和体育局关于公布2025年义务教育招生范围的通告
            category: 通知公告
            disclosure: 主动公开
            date: 2025-03-05
            written: 2025-03-01
            organ: 示例区教育和体育局
            draft: true
            ---

            根据有关规定，现将招生范围公告如下。

            | 学校 | 招生范围 |
            | --- | --- |
            | 第一小学 | 东城街道 |
            | 第二小学 | 西城街道 |

            特此通告。

            """, Read(site, "content/tz/tg2025.md"));
    }

    [Fact]
    public void NotProactive_GetsAReasonTodo()
    {
        using var site = LintSite.Create();
        using var dir = new TempDir();
        File.WriteAllText(dir.File("a.txt"), "关于某事的通知\n正文。\n示例区人民政府\n2025年3月1日\n（此件不公开）\n");
        Assert.Equal(0, Import(site, dir.File("a.txt"), "--category", "tzgg").Code);
        var text = Read(site, "content/xxgk/fdzdgk/tzgg/2025/a.md");
        Assert.Contains("disclosure: 不予公开\ndisclosure_reason: TODO：不主动公开的理由\n", text);
        Assert.Contains("organ: 示例区人民政府\n", text);
    }

    [Fact]
    public void Folder_ImportsEveryDocxAndTxt_AndABadFileDoesNotStopTheOthers()
    {
        using var site = LintSite.Create();
        using var dir = new TempDir();
        Notice().Save(dir.File("a.docx"));
        File.WriteAllText(dir.File("b.txt"), "关于某事的通知\n正文。\n");
        File.WriteAllText(dir.File("c.docx"), "not a zip");
        File.WriteAllText(dir.File("~$a.docx"), "Word lock file");
        var (code, stdout, stderr) = Import(site, dir.Path, "--category", "tzgg");
        Assert.Equal(1, code);
        Assert.True(File.Exists(Path.Combine(site.Root, "content/xxgk/fdzdgk/tzgg/2025/a.md")));
        Assert.True(File.Exists(Path.Combine(site.Root, "content/xxgk/fdzdgk/tzgg/2025/b.md")));
        Assert.Contains("c.docx: 错误 import", stderr);
        Assert.DoesNotContain("~$", stdout + stderr);
    }

    [Fact]
    public void ZipBomb_IsRefused_BeforeItIsExpanded()
    {
        using var site = LintSite.Create();
        using var dir = new TempDir();
        var file = dir.File("bomb.docx");
        using (var zip = ZipFile.Open(file, ZipArchiveMode.Create))
        using (var s = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open())
            s.Write(new byte[20 * 1024 * 1024]);
        Assert.True(new FileInfo(file).Length < 200 * 1024);
        var (code, _, stderr) = Import(site, file);
        Assert.Equal(1, code);
        Assert.Contains("压缩炸弹", stderr);
    }

    [Fact]
    public void ExternalReferences_AreNeverFollowed()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/x.png";
        using var site = LintSite.Create();
        using var dir = new TempDir();
        var file = new Docx().P("关于某事的通知", center: true).P("正文。").LinkedPicture(url).Save(dir.File("a.docx"));
        Assert.Equal(0, Import(site, file, "--category", "tzgg").Code);
        Thread.Sleep(200);
        Assert.False(listener.Pending());
        Assert.DoesNotContain("127.0.0.1", Read(site, "content/xxgk/fdzdgk/tzgg/2025/a.md"));
    }
}
