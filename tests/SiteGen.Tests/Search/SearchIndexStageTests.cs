using System.Text;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Search;

namespace SiteGen.Tests.Search;

/// <summary>
/// The search-index stage given the render stage's documents and the terms read from their bodies
/// (no views, no build): the index files it hands to the write stage.
/// </summary>
public sealed class SearchIndexStageTests
{
    private static RenderedDocument Rendered(string id, string title, string column, DateTime date, string? note = null, params string[] issues) => new(
        new Document { Id = id, SourcePath = $"content/{id}.md", Title = title, ColumnId = "x", Disclosure = "主动公开", Date = date, Organ = "示例区人民政府", Body = "" },
        id + ".html", $"{title}的正文开头")
    {
        Column = column, Issues = issues, Note = note, Assets = [], ExternalLinks = [],
    };

    [Fact]
    public void Index_IsMadeFromTheRenderedDocuments_AndEqualsTheIndexOfTheirTexts()
    {
        var rendered = new[]
        {
            Rendered("xxgk/tzgg/a", "关于开展安全检查的通知", "通知公告", new DateTime(2025, 3, 1)),
            Rendered("xxgk/zcjd/b", "安全检查办法解读", "政策解读", new DateTime(2025, 4, 2), note: "所解读的文件已废止"),
            Rendered("gongbao/2025/01/c", "关于印发检查办法的通知", "政府公报", new DateTime(2024, 12, 30), null, "示例区人民政府公报2025年第1期"),
        };
        var bodies = rendered.ToDictionary(r => r.Document.Id, r => $"{r.Document.Title}。安全检查的具体安排见附件。");
        var terms = new TermCollector();
        foreach (var r in rendered) terms.Add(r.Document.Id, r.Document.Title, r.Document.DocNumber, bodies[r.Document.Id]);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);

        SearchIndex.Write(rendered, terms, (path, bytes) => { lock (files) files[path] = bytes; });
        terms.Dispose();

        var docs = Encoding.UTF8.GetString(files["search/d/0.js"]);
        // Newest first: the 解读 (with its note), the notice, the bulletin article.
        Assert.Contains("""["xxgk/zcjd/b.html","安全检查办法解读","","2025-04-02","安全检查办法解读的正文开头","所解读的文件已废止"]""", docs);
        Assert.True(docs.IndexOf("xxgk/zcjd/b.html", StringComparison.Ordinal) < docs.IndexOf("xxgk/tzgg/a.html", StringComparison.Ordinal));
        var manifest = Encoding.UTF8.GetString(files["search/manifest.js"]);
        Assert.Contains("""
            "columns":["政府公报","政策解读","通知公告"]
            """.Trim(), manifest);
        Assert.Contains("示例区人民政府公报2025年第1期", manifest);

        // The same files as the index that reads the same texts itself (the slow path).
        var whole = rendered.Select(r => SearchDocument.Of(r, "") with { Body = bodies[r.Document.Id] }).ToList();
        var reference = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        SearchIndexWriter.Write(whole, "", (path, bytes) => { lock (reference) reference[path] = bytes; });
        Assert.Equal(reference.Keys.Order(StringComparer.Ordinal), files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in reference) Assert.True(bytes.AsSpan().SequenceEqual(files[path]), path);
    }

    [Fact]
    public void SearchDocument_OfARenderedDocument_HasItsUrlRelativeToTheIndexFolder()
    {
        var r = Rendered("gongbao/2025/01/c", "通知", "政府公报", new DateTime(2025, 1, 1));
        Assert.Equal("gongbao/2025/01/c.html", SearchDocument.Of(r, "").Url);
        Assert.Equal("01/c.html", SearchDocument.Of(r, "gongbao/2025/").Url);
        Assert.Equal("../../xxgk/a.html", SearchDocument.Of(r with { PagePath = "xxgk/a.html" }, "gongbao/2025/").Url);
    }
}
