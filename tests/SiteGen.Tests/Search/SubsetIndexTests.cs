using SiteGen.Search;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Search;

/// <summary>The index of a subset of documents in a sub-folder (the 公报 archive's offline copies).</summary>
public sealed class SubsetIndexTests
{
    [Fact]
    public void SubsetIndex_UnderPrefix_HoldsOnlyItsDocuments_WithUrlsRelativeToThePrefix()
    {
        using var dir = new TempDir("sitegen-search");
        SearchDocument Doc(string id, string page, string title) => new()
        {
            Id = id, Url = SearchIndexWriter.ResultUrl("gongbao/2019/", page), Title = title, Date = new DateTime(2019, 3, 1),
            Column = "政府公报", Organ = "示例区人民政府", Validity = "有效", Issues = ["示例区人民政府公报2019年第1期"], Body = "正文。",
        };
        var docs = new[] { Doc("gongbao/2019/01/art-01", "gongbao/2019/01/art-01.html", "关于公报专用测试的通知") };
        SearchIndexWriter.Write(docs, "gongbao/2019/", (path, bytes) =>
        {
            Directory.CreateDirectory(Path.GetDirectoryName(dir.File(path))!);
            File.WriteAllBytes(dir.File(path), bytes);
        });

        Assert.True(File.Exists(dir.File("gongbao/2019/search/manifest.js")));
        Assert.False(Directory.Exists(dir.File("search")));
        var client = new JsClient(dir.File("gongbao/2019"));
        var result = client.Query("公报专用测试").GetProperty("results")[0];
        Assert.Equal("01/art-01.html", result.GetProperty("url").GetString());
        Assert.Equal("示例区人民政府公报2019年第1期", client.Query("公报专用测试").GetProperty("facets").GetProperty("issue")[0].GetProperty("value").GetString());
        Assert.Empty(client.Urls("其他文件"));
        Assert.Equal("../../xxgk/zcwj/a.html", SearchIndexWriter.ResultUrl("gongbao/2019/", "xxgk/zcwj/a.html"));
        Assert.Equal("xxgk/zcwj/a.html", SearchIndexWriter.ResultUrl("", "xxgk/zcwj/a.html"));
    }
}
