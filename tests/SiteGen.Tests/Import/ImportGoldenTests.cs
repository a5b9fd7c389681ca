using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Wordprocessing;
using SiteGen.Build;
using SiteGen.Cli;
using SiteGen.Rendering;
using SiteGen.Tests.Editors.Lint;
using SiteGen.Tests.Infrastructure;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace SiteGen.Tests.Editors.Import;

/// <summary>
/// `sitegen import` on realistic 公文 layouts: each golden/NAME.expected.md is the exact file
/// (文档属性 and body) that importing golden/NAME.txt, or the .docx that <see cref="DocxFixtures"/>
/// builds under that name, must write into the 通知公告 column's folder of the 发布日期's year.
/// The documents are modelled on published notices (版头, 发文字号 before or after the title,
/// signature, 公开属性, 版记), with texts of our own.
/// </summary>
public sealed partial class ImportGoldenTests
{
    private static readonly string Golden = Path.Combine(Repo.Root, "tests", "SiteGen.Tests", "Import", "golden");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names()) data.Add(name);
        return data;
    }

    private static List<string> Names() =>
        Directory.GetFiles(Golden, "*.expected.md").Select(f => Path.GetFileName(f)[..^".expected.md".Length]).Order(StringComparer.Ordinal).ToList();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Import_WritesExactlyTheGoldenFile(string name)
    {
        using var site = LintSite.Create();
        using var dir = new TempDir();
        var source = SourceOf(name, dir);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(["import", source, "--category", "tzgg", "--source", site.Root], stdout, stderr);
        Assert.True(code == 0, stderr.ToString());

        var expected = File.ReadAllText(Path.Combine(Golden, name + ".expected.md")).Replace("\r\n", "\n");
        // The year folder follows the 发布日期 (the 成文日期); without one, today's year.
        var year = DateLine().Match(expected) is { Success: true } m ? m.Groups[1].Value : BuildOptions.Today().Year.ToString();
        var relative = $"content/xxgk/fdzdgk/tzgg/{year}/{name}.md";
        Assert.Contains($"→ {relative}", stdout.ToString());
        Assert.Equal(expected, File.ReadAllText(Path.Combine(site.Root, relative)));
    }

    [Fact]
    public void GoldenCases_CoverEveryLayoutTheIssueNames()
    {
        var names = Names();
        Assert.True(names.Count >= 8, $"only {names.Count} golden cases");
        Assert.True(names.Count(n => n.StartsWith("docx-", StringComparison.Ordinal)) >= 2);
        string All(Func<string, bool> pick) => string.Concat(names.Where(pick).Select(n => File.ReadAllText(Path.Combine(Golden, n + ".expected.md"))));
        var everything = All(_ => true);
        Assert.Contains("draft: true", everything);
        Assert.Contains("抄送：", everything);
        Assert.Contains("TODO：发布日期", everything);
        Assert.All(names, n => Assert.Contains("\ndraft: true\n---\n", File.ReadAllText(Path.Combine(Golden, n + ".expected.md"))));
    }

    /// <summary>The rebuilt tables are one table each with the header's columns; the 版记 stays one paragraph.</summary>
    [Theory]
    [InlineData("table-cell-per-line", 4, 5)]
    [InlineData("table-blank-cells", 4, 4)]
    [InlineData("docx-merged-table", 4, 4)]
    public void RebuiltTables_RenderAsOneTable_WithTheHeadersColumns(string name, int columns, int rows)
    {
        var html = new HtmlParser().ParseDocument(Markdig.Markdown.ToHtml(Body(name), MarkdownRenderer.Pipeline));
        var table = Assert.Single(html.QuerySelectorAll("table"));
        Assert.Equal(columns, table.QuerySelectorAll("thead th").Length);
        Assert.Equal(rows, table.QuerySelectorAll("tr").Length);
        Assert.All(table.QuerySelectorAll("tr"), tr => Assert.Equal(columns, tr.Children.Length));
    }

    [Fact]
    public void Record_RendersAsOneParagraph_WithALineBreakBetweenCopyToAndPrinting()
    {
        var html = new HtmlParser().ParseDocument(Markdig.Markdown.ToHtml(Body("wenhao-before"), MarkdownRenderer.Pipeline));
        var last = html.QuerySelectorAll("p").Last();
        Assert.StartsWith("抄送：", last.TextContent);
        Assert.Single(last.QuerySelectorAll("br"));
        Assert.EndsWith("2019年7月17日印发", last.TextContent);
    }

    [Fact]
    public void ExplicitDate_OverridesTheWrittenDate_AndChoosesTheYearFolder()
    {
        using var site = LintSite.Create();
        var code = CommandLine.Run(["import", Path.Combine(Golden, "wenhao-before.txt"), "--category", "tzgg", "--date", "2020-01-02", "--source", site.Root], new StringWriter(), new StringWriter());
        Assert.Equal(0, code);
        var text = File.ReadAllText(Path.Combine(site.Root, "content/xxgk/fdzdgk/tzgg/2020/wenhao-before.md"));
        Assert.Contains("\ndate: 2020-01-02\nwritten: 2019-07-16\n", text);
        Assert.Contains("\ndraft: true\n", text);
    }

    [Fact]
    public void CellPerLineTable_LastRowWithoutItsEmptyCell_EndsAtTheIndentedParagraph()
    {
        var blocks = SiteGen.Import.PlainTextReader.Parse("序号\n名称\n金额（万元）\n1\n甲项目\n10\n2\n乙项目\n　　以上为预算金额。\n");
        var table = Assert.IsType<SiteGen.Import.TableBlock>(blocks[0]);
        Assert.Equal([["序号", "名称", "金额（万元）"], ["1", "甲项目", "10"], ["2", "乙项目", ""]], table.Rows.Select(r => r.ToArray()).ToArray());
        Assert.Equal("以上为预算金额。", Assert.IsType<SiteGen.Import.ParagraphBlock>(Assert.Single(blocks.Skip(1))).Text);
    }

    [Theory]
    [InlineData("- 3 -", true)]
    [InlineData("— 12 —", true)]
    [InlineData("第 2 页 共 3 页", true)]
    [InlineData("- PAGE \\* MERGEFORMAT 2 -", true)]
    [InlineData("第 PAGE 页 共 NUMPAGES 页", true)]
    [InlineData("{ PAGE }", true)]
    [InlineData("1", false)]
    [InlineData("——", false)]
    [InlineData("第三页的内容见附件。", false)]
    public void PageNumberLines_AreRecognised_WithOrWithoutFieldCodes(string line, bool isPageNumber) =>
        Assert.Equal(isPageNumber, SiteGen.Import.PageBreaks.IsPageNumber(line));

    [Fact]
    public void Docx_PageBreakAtTheStartOfAParagraph_JoinsTheSplitSentence_AndGridBeforeCellsAreEmpty()
    {
        using var dir = new TempDir();
        var file = new Docx()
            .P("请各单位于6月底前将整改")
            .Raw(new Paragraph(new Run(new Break { Type = BreakValues.Page }), new Run(new W.Text("情况报送区政府办公室。"))))
            .P("一、工作要求")
            .PageBreak()
            .P("各单位要高度重视。")
            .Raw(new Table(
                new TableRow(new TableCell(new Paragraph(new Run(new W.Text("项目")))), new TableCell(new Paragraph(new Run(new W.Text("单位")))), new TableCell(new Paragraph(new Run(new W.Text("时限"))))),
                new TableRow(new TableRowProperties(new GridBefore { Val = 1 }), new TableCell(new Paragraph(new Run(new W.Text("区民政局")))), new TableCell(new Paragraph(new Run(new W.Text("6月")))))))
            .Save(dir.File("a.docx"));
        var blocks = SiteGen.Import.PageBreaks.Join(SiteGen.Import.DocxReader.Read(file));
        Assert.Equal(["请各单位于6月底前将整改情况报送区政府办公室。", "一、工作要求", "各单位要高度重视。"],
            blocks.OfType<SiteGen.Import.ParagraphBlock>().Select(p => p.Text));
        var table = Assert.IsType<SiteGen.Import.TableBlock>(blocks[^1]);
        Assert.Equal(["", "区民政局", "6月"], table.Rows[1]);
    }

    private static string Body(string name)
    {
        var text = File.ReadAllText(Path.Combine(Golden, name + ".expected.md")).Replace("\r\n", "\n");
        return text[(text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
    }

    private static string SourceOf(string name, TempDir dir)
    {
        var txt = Path.Combine(Golden, name + ".txt");
        if (File.Exists(txt))
        {
            var copy = dir.File(name + ".txt");
            File.Copy(txt, copy);
            return copy;
        }
        return DocxFixtures.Build(name).Save(dir.File(name + ".docx"));
    }

    [GeneratedRegex(@"\ndate: (\d{4})-")]
    private static partial Regex DateLine();
}

/// <summary>The .docx golden documents, built as Word writes them (merged cells, bookmarks, fields, page breaks).</summary>
internal static class DocxFixtures
{
    public static Docx Build(string name) => name switch
    {
        "docx-merged-table" => MergedTable(),
        "docx-organ-title" => OrganTitle(),
        _ => throw new InvalidOperationException($"golden/{name}.expected.md has neither a .txt nor a .docx fixture"),
    };

    /// <summary>
    /// A 红头 notice: the title carries Word's `_GoBack` bookmark, the body a HYPERLINK field and a
    /// sentence split by a page break, and a table with a cell merged across two columns (gridSpan)
    /// and one merged down two rows (vMerge).
    /// </summary>
    private static Docx MergedTable() => new Docx()
        .P("示例市住房和城乡建设局文件", center: true)
        .P("示建发〔2022〕17号", center: true)
        .Empty()
        .P("关于公布2022年老旧小区改造计划的通知", center: true, bookmark: true, bookmarkName: "_GoBack")
        .Empty()
        .P("各区住房和城乡建设局：")
        .P("经市政府同意，现将2022年老旧小区改造计划予以公布，请各区按照计划组织实施，改造完成后及时")
        .PageBreak()
        .P("组织竣工验收。")
        .Field("改造标准详见", " HYPERLINK \"http://zjj.example.gov.cn/gzgz\" ", "市住房和城乡建设局网站", "。")
        .Raw(Table(
            Row(Cell("序号"), Cell("区"), Cell("小区名称"), Cell("改造内容")),
            Row(Cell("1"), Cell("东城区", vMerge: MergedCellValues.Restart), Cell("光明小区"), Cell("加装电梯、管网改造")),
            Row(Cell("2"), Cell("", vMerge: MergedCellValues.Continue), Cell("向阳小区"), Cell("外墙保温")),
            Row(Cell("3"), Cell("西城区、北城区联合实施的片区改造", span: 2), Cell("雨污分流"))))
        .Empty()
        .P("示例市住房和城乡建设局")
        .P("2022年5月20日")
        .P("（此件公开发布）")
        .P("抄送：市政府办公室，市财政局。")
        .P("示例市住房和城乡建设局办公室\t2022年5月23日印发");

    /// <summary>The organ on its own line above “关于……”, the title wrapped, the 发文字号 under it, empty paragraphs, a Word-numbered list.</summary>
    private static Docx OrganTitle() => new Docx()
        .P("示例区人民政府", center: true)
        .P("关于表彰2021年度政务公开", center: true)
        .P("先进单位的通报", center: true)
        .P("示政通〔2022〕2号", center: true)
        .Empty()
        .Empty()
        .P("各街道办事处，区政府各部门：")
        .P("2021年，全区各单位认真落实政务公开各项要求，区政府决定对以下单位予以通报表扬：")
        .Numbered("区发展和改革局")
        .Numbered("区市场监督管理局")
        .Empty()
        .P("希望受到表扬的单位再接再厉。")
        .P("示例区人民政府")
        .P("2022年1月28日")
        .P("政府信息公开选项：主动公开");

    private static Table Table(params TableRow[] rows)
    {
        var table = new Table(new TableProperties(new TableBorders()),
            new TableGrid(Enumerable.Range(0, 4).Select(_ => new GridColumn { Width = "2000" }).ToArray()));
        table.Append(rows);
        return table;
    }

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static TableCell Cell(string text, int span = 1, MergedCellValues? vMerge = null)
    {
        var properties = new TableCellProperties();
        if (span > 1) properties.Append(new GridSpan { Val = span });
        if (vMerge is { } v) properties.Append(new VerticalMerge { Val = v });
        return new TableCell(properties, new Paragraph(new Run(new W.Text(text))));
    }
}

public sealed class ImportTextCleanerTests
{
    [Theory]
    [InlineData("2016 年 1 月", "2016年1月")]
    [InlineData("第一章 总 则", "第一章总则")]
    [InlineData("联系人：张三    电话：12345", "联系人：张三 电话：12345")]
    [InlineData("Windows 10 系统", "Windows 10 系统")]
    [InlineData("占用 10 GB 空间，共 3 个", "占用 10 GB 空间，共3个")]
    [InlineData("通过“示例发布” App 发布", "通过“示例发布” App 发布")]
    [InlineData("[bookmark: _GoBack]关于某事的通知", "关于某事的通知")]
    [InlineData("详见 HYPERLINK \"http://x.example/\" 网站", "详见网站")]
    public void Clean_RemovesExportArtefacts_AndSpacesInsideChineseOnly(string raw, string expected) =>
        Assert.Equal(expected, SiteGen.Import.TextCleaner.Clean(raw));

    [Theory]
    [InlineData("通　　知", "通知")]
    [InlineData("关 于 做 好 2016 年 度 工 作 的 通 知", "关于做好2016年度工作的通知")]
    [InlineData("关于推广 Open Data 平台的通知", "关于推广 Open Data 平台的通知")]
    [InlineData("关于印发《示例市 5G 网络建设方案》的通知", "关于印发《示例市 5G 网络建设方案》的通知")]
    public void Compact_RemovesEverySpaceInALetterSpacedTitle(string raw, string expected) =>
        Assert.Equal(expected, SiteGen.Import.TextCleaner.Compact(raw));
}
