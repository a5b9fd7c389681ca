using SiteGen.Search;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Search;

/// <summary>The browser client (search-core.js, run in Jint) against an index the C# code built.</summary>
public sealed class ClientTests : IClassFixture<ClientTests.Site>
{
    public sealed class Site : IDisposable
    {
        internal TestSite TestSite { get; } = new();
        internal JsClient Client { get; }

        public Site()
        {
            TestSite
                .Doc("a.md", "title: 关于优化营商环境的通知\ndoc_number: 示政办发〔2019〕16号\ndate: 2019-05-01", "请各单位认真贯彻执行。")
                .Doc("b.md", "title: 关于加强安全生产的通知\ndate: 2024-01-01", "要持续优化营商环境，提升服务水平。")
                .Doc("c.md", "title: 关于优化营商环境的通知的补充说明\ndate: 2024-02-01", "补充说明如下。")
                .Doc("d.md", "title: 关于春季农业生产的通知\ndate: 2025-01-01", "营商工作和生态环境都要抓好，优化服务。")
                .Doc("e.md", "title: 关于城市更新的意见\ndate: 2020-01-01", "城市更新。")
                .Doc("f.md", "title: 关于城市更新的意见\ndate: 2021-01-01\nvalidity: 废止\nvalidity_date: 2022-01-01", "城市更新。")
                .Doc("g.md", "title: \"关于</script><b>标记</b>测试\\u2028的通知\"\ndate: 2023-01-01", "正文中的 \"引号\" 与 </script> 字样。")
                .Doc("h.md", "title: 关于暂不公开的通知\ndisclosure: 依申请公开\ndisclosure_reason: 第二十七条\ndate: 2023-01-01", "秘密营商环境内容。");
            TestSite.Build().NoErrors();
            Client = new JsClient(TestSite.Out);
        }

        public void Dispose() => TestSite.Dispose();
    }

    private readonly Site _site;

    public ClientTests(Site site) => _site = site;

    [Theory]
    [InlineData("示政办发〔2019〕16号")]
    [InlineData("示政辦發（２０１９）16號")]
    [InlineData("營商環境 IPv6")]
    [InlineData("税")]
    [InlineData("关于 2019年 第16号")]
    public void BrowserTokenises_ExactlyLikeTheIndexBuilder(string query) =>
        Assert.Equal(Tokenizer.QueryTerms(query), _site.Client.Terms(query));

    [Theory]
    [InlineData("示政办发〔2019〕16号")]
    [InlineData("示政办发[2019]16号")]
    [InlineData("2019 16号")]
    public void DocNumber_InAnyForm_FindsItsDocumentFirst(string query) =>
        Assert.Equal("a.html", _site.Client.Urls(query)[0]);

    [Fact]
    public void ExactTitle_BeforeLongerTitle_BeforeBodyPhrase_BeforeScatteredCharacters()
    {
        var urls = _site.Client.Urls("关于优化营商环境的通知");
        Assert.Equal(["a.html", "c.html"], urls.Take(2));
        var body = _site.Client.Urls("优化营商环境");
        Assert.Equal(["c.html", "a.html", "b.html"], body.Take(3)); // titles (newer first), then the body phrase
        Assert.True(body.IndexOf("d.html") is -1 or > 2);
    }

    [Fact]
    public void NearTie_DocumentInForceFirst()
    {
        var results = _site.Client.Query("关于城市更新的意见").GetProperty("results");
        Assert.Equal(["e.html", "f.html"], results.EnumerateArray().Select(r => r.GetProperty("url").GetString()));
        Assert.Equal("废止", results[1].GetProperty("validity").GetString());
        Assert.Equal("通知公告", results[1].GetProperty("column").GetString());
        Assert.Equal("2021-01-01", results[1].GetProperty("date").GetString());
    }

    [Fact]
    public void Filters_NarrowResults_AndFacetsCountThem()
    {
        var all = _site.Client.Query("通知");
        var years = all.GetProperty("facets").GetProperty("year").EnumerateArray().ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(1, years["2019"]);
        var only = _site.Client.Urls("通知", new { year = "2019" });
        Assert.Equal(["a.html"], only);
        Assert.Equal(["f.html"], _site.Client.Urls("城市更新", new { validity = "废止" }));
        var byDate = _site.Client.Urls("通知", new { sort = "date" });
        Assert.Equal("d.html", byDate[0]);
    }

    [Fact]
    public void UnpublishedDocument_IsInNoIndexFile()
    {
        Assert.Empty(_site.Client.Urls("暂不公开"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_site.TestSite.Out, "search"), "*.js", SearchOption.AllDirectories))
            Assert.DoesNotContain("秘密", File.ReadAllText(file));
    }

    [Fact]
    public void IndexData_IsEscapedForScript_AndReadBackUnchanged()
    {
        var result = _site.Client.Query("标记测试").GetProperty("results")[0];
        Assert.Equal("关于</script><b>标记</b>测试\u2028的通知", result.GetProperty("title").GetString());
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_site.TestSite.Out, "search"), "*.js", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("</script", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>", text);
            Assert.DoesNotContain('\u2028', text);
            Assert.StartsWith("SiteGenSearch.register(\"", text);
        }
    }

    [Fact]
    public void Snippet_MarksTheQueryWords()
    {
        var result = _site.Client.Query("安全生产").GetProperty("results")[0];
        var marked = result.GetProperty("titleParts").EnumerateArray().Where(p => p.GetProperty("match").GetBoolean()).Select(p => p.GetProperty("text").GetString());
        Assert.Equal(["安全生产"], marked);
    }
}
