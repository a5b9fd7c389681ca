using SiteGen.Tests.Infrastructure;
using SiteGen.Tests.Theme;

namespace SiteGen.Tests.Validation;

/// <summary>
/// `page:` (公报 起始页码, issue 23): a positive whole number, an error at file:line:col otherwise;
/// shown in the issue's 目录 and in the 公报数据库's data; warned about outside a bulletin issue.
/// </summary>
public sealed class BulletinPageTests
{
    private static TestSite Bulletin() => new TestSite()
        .Add("gongbao/2025/01/_issue.md", "---\nyear: 2025\nissue: 1\ndate: 2025-02-01\n---\n")
        .Doc("gongbao/2025/01/a.md", "category: 政府公报\ntitle: 从第十二页起的文章\ndate: 2025-02-01\norder: 1\npage: 12")
        .Doc("gongbao/2025/01/b.md", "category: 政府公报\ntitle: 页码不详的文章\ndate: 2025-02-01\norder: 2");

    [Theory]
    [InlineData("0", "页码从 1 起")]
    [InlineData("-3", "页码从 1 起")]
    [InlineData("十二", "应是整数")]
    public void BadPage_IsAnError_AtItsValue(string value, string says)
    {
        using var site = Bulletin().Doc("gongbao/2025/01/c.md", $"category: 政府公报\ntitle: 页码写错的文章\ndate: 2025-02-01\norder: 3\npage: {value}");
        var d = site.Build().Single("bad-value");
        Assert.Equal(("content/gongbao/2025/01/c.md", 7, 7), (d.Path, d.Line, d.Column));
        Assert.Contains(says, d.Message);
        Assert.Contains("page:", d.Hint);
    }

    [Fact]
    public void Page_IsShownInTheContents_AndInTheDatabaseData_WhereKnown()
    {
        using var site = Bulletin();
        site.Build().NoErrors();
        var toc = Html.Parse(site.Read("gongbao/2025/01/index.html")).QuerySelectorAll(".toc-list li").ToList();
        Assert.Equal("第 12 页", toc.Single(li => li.TextContent.Contains("从第十二页起的文章")).QuerySelector(".toc-page").Text());
        Assert.Null(toc.Single(li => li.TextContent.Contains("页码不详的文章")).QuerySelector(".toc-page"));
        var data = site.Read("gongbao/sjk/data/2025.js");
        Assert.Contains("\"gongbao/2025/01/a.html\",12]", data);
        Assert.Contains("\"gongbao/2025/01/b.html\"]", data);
    }

    [Fact]
    public void Page_OutsideABulletinIssue_IsWarnedAbout()
    {
        using var site = new TestSite().Doc("tzgg/a.md", "page: 3");
        var result = site.Build();
        result.NoErrors();
        var d = result.Single("page-without-bulletin");
        Assert.Equal(("content/tzgg/a.md", 6, 7), (d.Path, d.Line, d.Column));
    }

    [Fact]
    public void Page_IsInTheJsonSchema_AsAnInteger()
    {
        var page = System.Text.Json.Nodes.JsonNode.Parse(SiteGen.Validation.FrontMatterSchema.Document(null))!["properties"]!["page"]!;
        Assert.Equal("integer", (string)page["type"]!);
        Assert.Contains("页码", (string)page["description"]!);
    }
}
