using SiteGen.Build;
using SiteGen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SiteGen.Tests.Editors;

/// <summary>
/// The rebuild `serve --watch` runs after an edit. SITEGEN_WATCH_DOCS sets the corpus size
/// (default 300; the figure in the report was measured with 20000).
/// </summary>
public sealed class IncrementalBuildTests(ITestOutputHelper log)
{
    private static int Docs => int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_WATCH_DOCS"), out var n) ? n : 300;

    private static (string Path, string Text) PublishedDocument(Corpus corpus)
    {
        var id = corpus.PublicIds.Order(StringComparer.Ordinal).First(i => !i.StartsWith("gongbao/", StringComparison.Ordinal));
        var path = $"content/{id}.md";
        return (path, File.ReadAllText(Path.Combine(corpus.Root, path)));
    }

    [Fact]
    public void EditingTheBodyOfOneDocument_RewritesOnlyItsPage_WellUnderASecond()
    {
        using var corpus = new Corpus(Docs);
        var build = new IncrementalBuild(new BuildOptions { SourceDir = corpus.Root, OutputDir = corpus.Out, AsOf = new DateOnly(2026, 1, 1) });
        var full = build.Full();
        Assert.True(full.Succeeded);
        var home = Path.Combine(corpus.Out, "index.html");
        var homeWritten = File.GetLastWriteTimeUtc(home);

        var (path, text) = PublishedDocument(corpus);
        File.WriteAllText(Path.Combine(corpus.Root, path), text.TrimEnd('\n') + "\n\n增量构建后新增的一段。\n");
        var result = build.Update([path]);
        log.WriteLine($"{Docs} documents: full build {full.Ms:0} ms, rebuild after editing one document {result.Ms:0} ms ({string.Join(", ", result.Written)})");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(result.Full);
        var page = Assert.Single(result.Written, w => w.EndsWith(".html", StringComparison.Ordinal));
        Assert.Contains("增量构建后新增的一段。", File.ReadAllText(Path.Combine(corpus.Out, page)));
        Assert.Equal(homeWritten, File.GetLastWriteTimeUtc(home));
        Assert.True(result.Ms < 1000, $"rebuild took {result.Ms:0} ms");
    }

    [Fact]
    public void FrontMatterEdits_RebuildEverything_AndABrokenEditKeepsTheLastGoodPage()
    {
        using var corpus = new Corpus(60);
        var build = new IncrementalBuild(new BuildOptions { SourceDir = corpus.Root, OutputDir = corpus.Out, AsOf = new DateOnly(2026, 1, 1) });
        Assert.True(build.Full().Succeeded);
        var (path, text) = PublishedDocument(corpus);
        var file = Path.Combine(corpus.Root, path);

        File.WriteAllText(file, text.Replace("\ntitle: ", "\ntitle: 改过的标题 "));
        var retitled = build.Update([path]);
        Assert.True(retitled.Full);
        Assert.True(retitled.Succeeded);

        var good = build.Update([path]);
        var page = Path.Combine(corpus.Out, good.Written.Single(w => w.EndsWith(".html", StringComparison.Ordinal)));
        var before = File.ReadAllText(page);
        File.WriteAllText(file, text.Replace("\ndate: ", "\ndate: 2025-13-45 #").Replace("\n---\n\n", "\n---\n\n坏的修改。\n\n"));
        var broken = build.Update([path]);
        Assert.False(broken.Succeeded);
        Assert.Contains(broken.Diagnostics, d => d.Code == "bad-date" && d.Path == path);
        Assert.Equal(before, File.ReadAllText(page));
    }
}
