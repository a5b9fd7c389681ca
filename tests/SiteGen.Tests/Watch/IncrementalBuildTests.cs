using SiteGen.Watch;
using System.Text.Json;
using SiteGen.Build;
using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SiteGen.Tests.Editors;

/// <summary>
/// The rebuild `serve --watch` runs after an edit. The core check: after an incremental rebuild the
/// output is byte for byte what a full build of the same content gives (but for the search index,
/// zips and manifest, refreshed in the background), and after the refresh all of it is — which
/// catches any page that depends on the edit and was not re-rendered, or a file left behind.
/// SITEGEN_WATCH_DOCS sets the corpus size of the timing test (default 300; bench/watch.sh measures 20,000).
/// </summary>
[Slow]
public sealed class IncrementalBuildTests(ITestOutputHelper log)
{
    private static readonly DateOnly AsOf = new(2026, 1, 1);
    private static int Docs => int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_WATCH_DOCS"), out var n) ? n : 300;

    /// <summary>An edit of the corpus: returns the changed paths (relative to the site folder).</summary>
    public sealed record Edit(string Name, Func<Corpus, string[]> Apply)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Edit> Edits => new()
    {
        new("title", c => Change(c, Pick(c, "工作动态"), t => Set(t, "title", Get(t, "title") + "（修订稿）"))),
        new("date moves it to another year and list page", c => Change(c, Pick(c, "工作动态"), t => Set(t, "date", "2021-01-05"))),
        new("category", c => Change(c, Pick(c, "工作动态"), t => Set(t, "category", "通知公告"))),
        new("unpublish to 依申请公开", c => Change(c, Policy(c), t => Set(Set(t, "disclosure", "依申请公开"), "disclosure_reason", "涉及第三方合法权益，经征求意见不同意公开"))),
        new("draft", c => Change(c, Pick(c, "通知公告"), t => Set(t, "draft", "true"))),
        new("future date", c => Change(c, Pick(c, "通知公告"), t => Set(t, "date", "2026-03-01"))),
        new("行政规范性文件 repealed (annual reports count it)", c => Change(c, Pick(c, "行政规范性文件"), t => Set(Set(t, "validity", "废止"), "validity_date", "2025-06-30"))),
        new("interpreted policy repealed (its 解读 says so)", c => Change(c, Policy(c), t => Set(Set(t, "validity", "废止"), "validity_date", "2025-06-30"))),
        new("new file", c => Write(c, "content/xxgk/gzdt/2025/doc-new-1.md", """
            ---
            title: 新增的工作动态
            category: 工作动态
            disclosure: 主动公开
            date: 2025-12-30
            organ: 示例区人民政府办公室
            ---

            新增文档的正文。
            """)),
        new("deleted file", c => Delete(c, Pick(c, "工作动态"))),
        new("interprets removed", c => Change(c, Doc(c, d => Str(d, "interprets") is not null), t => Set(t, "interprets", null))),
        new("interprets added", c =>
        {
            var interpretation = Doc(c, d => Str(d, "interprets") is not null);
            var other = Doc(c, d => Str(d, "category") == "行政规范性文件" && Public(d));
            return Change(c, interpretation, t => Set(t, "interprets", $"[{Get(t, "interprets")}, {Str(other, "id")}]"));
        }),
        new("bulletin moved to another issue", c =>
        {
            var reprinted = Doc(c, d => Str(d, "bulletin") is not null && Public(d));
            var issue = Str(reprinted, "bulletin")!;
            var other = c.Docs.Select(d => Str(d, "bulletin")).OfType<string>().First(b => b != issue);
            return Change(c, reprinted, t => Set(t, "bulletin", other));
        }),
        new("bulletin removed", c => Change(c, Doc(c, d => Str(d, "bulletin") is not null && Public(d)), t => Set(t, "bulletin", null))),
        new("two documents at once", c => Change(c, Pick(c, "工作动态"), t => Set(t, "title", "同时修改的标题"))
            .Concat(Change(c, Pick(c, "通知公告"), t => Set(t, "date", "2022-02-03"))).ToArray()),
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task AfterAnEdit_TheOutputIsAFullBuildsBytes_AndAfterTheRefreshEvenTheDerivedFiles(Edit edit)
    {
        using var corpus = new Corpus(200, seed: 11);
        using var build = FullyBuilt(corpus);

        var result = build.Update(edit.Apply(corpus));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(result.Full);
        Assert.NotEmpty(result.Written.Concat(result.Removed));
        log.WriteLine($"{edit}: {result.Written.Count} written, {result.Removed.Count} removed, {result.Ms:0} ms ({string.Join(", ", result.Stages.Select(s => $"{s.Stage} {s.Ms:0}"))})");
        AssertSameAsFullBuild(corpus, derived: false);

        var refreshed = await build.Refresh.Current;
        Assert.True(refreshed is { Succeeded: true }, "the background refresh did not complete");
        AssertSameAsFullBuild(corpus, derived: true);
    }

    [Fact]
    public async Task UnpublishedDocument_VanishesFromEveryFile_AtOnceAndAfterTheRefresh()
    {
        using var corpus = new Corpus(200, seed: 11);
        // A policy reprinted in a bulletin issue and interpreted: it is on list pages, feeds, the
        // issue's contents, the 公报数据库, the interpretation's page, the search index and the zips.
        var policy = Doc(corpus, d => Str(d, "bulletin") is not null && Public(d)
            && corpus.Docs.Any(i => Str(i, "interprets") is not null && Str(i, "interprets") == Str(d, "id")));
        const string canary = "CANARYINCREMENTAL7Q";
        Change(corpus, policy, t => Set(t, "title", Get(t, "title") + canary));
        using var build = FullyBuilt(corpus);
        Assert.Contains(OutputScanner.AllTexts(corpus.Out), f => f.Text.Contains(canary));

        var result = build.Update(Change(corpus, policy, t => Set(Set(t, "disclosure", "依申请公开"), "disclosure_reason", "涉及商业秘密")));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(OutputScanner.AllTexts(corpus.Out), f => f.Text.Contains(canary));
        Assert.True((await build.Refresh.Current) is { Succeeded: true });
        Assert.DoesNotContain(OutputScanner.AllTexts(corpus.Out), f => f.Text.Contains(canary));
        AssertSameAsFullBuild(corpus, derived: true);
    }

    [Fact]
    public void FrontMatterError_IsReportedAtItsLine_AndNothingIsWritten_UntilItIsFixed()
    {
        using var corpus = new Corpus(120, seed: 11);
        using var build = FullyBuilt(corpus);
        var before = OutputScanner.Hashes(corpus.Out);

        var doc = Pick(corpus, "工作动态");
        var text = File.ReadAllText(Path.Combine(corpus.Root, Str(doc, "path")!));
        var broken = build.Update(Change(corpus, doc, t => Set(Set(t, "title", "改了标题"), "date", "2025-13-45")));
        Assert.False(broken.Succeeded);
        var error = Assert.Single(broken.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("bad-date", Str(doc, "path"), LineOf(text, "date:")), (error.Code, error.Path, error.Line));
        Assert.True(error.Column > 0);
        Assert.Equal(before, OutputScanner.Hashes(corpus.Out));

        // Another edit while the first is still broken fails too (a full build would), then the fix goes through.
        var other = build.Update(Change(corpus, Pick(corpus, "通知公告"), t => Set(t, "title", "另一处修改")));
        Assert.False(other.Succeeded);
        Assert.Equal(before, OutputScanner.Hashes(corpus.Out));
        var fixedEdit = build.Update(Change(corpus, doc, t => Set(t, "date", "2025-03-04")));
        Assert.True(fixedEdit.Succeeded, string.Join("\n", fixedEdit.Diagnostics));
        AssertSameAsFullBuild(corpus, derived: false);
    }

    [Fact]
    public void DeletingAnInterpretedPolicy_IsTheFullBuildsBrokenReference_OnTheInterpretationsLine()
    {
        using var corpus = new Corpus(120, seed: 11);
        using var build = FullyBuilt(corpus);
        var before = OutputScanner.Hashes(corpus.Out);
        var interpretation = Doc(corpus, d => Str(d, "interprets") is not null && Public(d));
        var policy = corpus.Docs.Single(d => Str(d, "id") == Str(interpretation, "interprets"));

        var result = build.Update(Delete(corpus, policy));
        Assert.False(result.Succeeded);
        var expected = SiteBuilder.Build(new BuildOptions { SourceDir = corpus.Root, AsOf = AsOf }).Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, result.Diagnostics.Where(d => d.Severity == Severity.Error));
        Assert.Contains(result.Diagnostics, d => d.Code == "broken-ref" && d.Path == Str(interpretation, "path") && d.Line > 1);
        Assert.Equal(before, OutputScanner.Hashes(corpus.Out));
    }

    [Fact]
    public void ABodyLinkToADeletedPage_IsTheFullBuildsBrokenLink()
    {
        using var corpus = new Corpus(120, seed: 11);
        var target = Pick(corpus, "工作动态");
        var linking = Pick(corpus, "通知公告");
        var page = Path.GetFileNameWithoutExtension(Str(target, "path")!) + ".html";
        var relative = Path.GetRelativePath(Path.GetDirectoryName(Str(linking, "path")!)!, Path.GetDirectoryName(Str(target, "path")!)!).Replace('\\', '/');
        var url = $"{relative}/{page}";
        Change(corpus, linking, t => t.TrimEnd('\n') + $"\n\n<a href=\"{url}\">相关动态</a>\n");
        using var build = FullyBuilt(corpus);
        var before = OutputScanner.Hashes(corpus.Out);

        var result = build.Update(Delete(corpus, target));
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("broken-link", Str(linking, "path")), (error.Code, error.Path));
        Assert.Equal(before, OutputScanner.Hashes(corpus.Out));
    }

    [Fact]
    public void EditingTheBodyOfOneDocument_RewritesOnlyItsPage()
    {
        using var corpus = new Corpus(Docs);
        using var build = new IncrementalBuild(Options(corpus.Root, corpus.Out));
        var full = build.Full();
        Assert.True(full.Succeeded);
        var home = Path.Combine(corpus.Out, "index.html");
        var homeWritten = File.GetLastWriteTimeUtc(home);

        var doc = Pick(corpus, "工作动态");
        var result = build.Update(Change(corpus, doc, t => t.TrimEnd('\n') + "\n\n增量构建后新增的一段。\n"));
        log.WriteLine($"{Docs} documents: full build {full.Ms:0} ms, rebuild after editing one document {result.Ms:0} ms ({string.Join(", ", result.Written)})");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(result.Full);
        var page = Assert.Single(result.Written, w => w.EndsWith(".html", StringComparison.Ordinal));
        Assert.Contains("增量构建后新增的一段。", File.ReadAllText(Path.Combine(corpus.Out, page)));
        Assert.Equal(homeWritten, File.GetLastWriteTimeUtc(home));
        // How long it takes is bench/watch.sh's to measure, on a quiet machine, not a test's.
    }

    [Fact]
    public void SiteYmlAndIssueEdits_AreFullBuilds()
    {
        using var corpus = new Corpus(60, seed: 11);
        using var build = FullyBuilt(corpus);
        File.AppendAllText(Path.Combine(corpus.Root, "site.yml"), "\n");
        Assert.True(build.Update(["site.yml"]) is { Full: true, Succeeded: true });
        var issue = Directory.EnumerateFiles(Path.Combine(corpus.Root, "content"), "_issue.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.AppendAllText(issue, "\n本期另有说明。\n");
        Assert.True(build.Update([Path.GetRelativePath(corpus.Root, issue).Replace('\\', '/')]) is { Full: true, Succeeded: true });
    }

    internal static BuildOptions Options(string source, string output) => new() { SourceDir = source, OutputDir = output, AsOf = AsOf };

    [Fact]
    public void Dispose_StopsTheBackgroundRefresh_AndLeavesNoFolderBesideTheOutput()
    {
        using var corpus = new Corpus(60, seed: 11);
        var build = FullyBuilt(corpus);
        Assert.True(build.Update(Change(corpus, Pick(corpus, "工作动态"), t => Set(t, "title", "改了标题"))).Succeeded);
        // The refresh waits BackgroundRefresh.Delay, then runs a whole build in a child process.
        Thread.Sleep(BackgroundRefresh.Delay + TimeSpan.FromMilliseconds(300));
        Assert.False(build.Refresh.Current.IsCompleted);
        build.Dispose();
        Assert.True(build.Refresh.Current.IsCompleted);
        // Neither the refresh's folder nor its build's staging folder is left beside the output.
        Assert.Empty(Directory.EnumerateFileSystemEntries(corpus.Root, ".public*"));
    }

    /// <summary>The watcher's state after its first, full build of the corpus (which must succeed).</summary>
    private static IncrementalBuild FullyBuilt(Corpus corpus)
    {
        var build = new IncrementalBuild(Options(corpus.Root, corpus.Out));
        Assert.True(build.Full().Succeeded);
        return build;
    }

    /// <summary>Files a full build makes whole-site that the incremental rebuild leaves to the background refresh.</summary>
    private static bool IsDerived(string path) =>
        path.StartsWith("search/", StringComparison.Ordinal) || path.StartsWith(".sitegen/", StringComparison.Ordinal)
        || path.EndsWith(".zip", StringComparison.Ordinal) || path.StartsWith("gongbao/xiazai/", StringComparison.Ordinal);

    internal static void AssertSameAsFullBuild(Corpus corpus, bool derived)
    {
        using var expected = new TempDir("sitegen-full");
        var output = Path.Combine(expected.Path, "public");
        var full = SiteBuilder.Build(new BuildOptions { SourceDir = corpus.Root, OutputDir = output, AsOf = AsOf });
        Assert.True(full.Succeeded, string.Join("\n", full.Diagnostics.Where(d => d.Severity == Severity.Error)));
        var want = OutputScanner.Hashes(output).Where(f => derived || !IsDerived(f.Key)).ToDictionary();
        var have = OutputScanner.Hashes(corpus.Out).Where(f => derived || !IsDerived(f.Key)).ToDictionary();
        var missing = want.Keys.Where(k => !have.ContainsKey(k)).Take(10).ToList();
        var extra = have.Keys.Where(k => !want.ContainsKey(k)).Take(10).ToList();
        var differ = want.Keys.Where(k => have.TryGetValue(k, out var h) && h != want[k]).Take(10).ToList();
        Assert.True(missing.Count + extra.Count + differ.Count == 0,
            $"missing: {string.Join(", ", missing)}\nextra: {string.Join(", ", extra)}\ndiffer: {string.Join(", ", differ)}");
        Assert.DoesNotContain(Directory.EnumerateDirectories(corpus.Out, "*", SearchOption.AllDirectories), d => !Directory.EnumerateFileSystemEntries(d).Any());
    }

    // Corpus edits. Documents are picked by their truth.json entry, the first in id order that fits.

    internal static JsonElement Doc(Corpus c, Func<JsonElement, bool> predicate) =>
        c.Docs.Where(d => Str(d, "path")!.StartsWith("content/xxgk/", StringComparison.Ordinal))
            .OrderBy(d => Str(d, "id"), StringComparer.Ordinal).First(predicate);

    /// <summary>A published document of a column that no other document refers to in its front matter.</summary>
    internal static JsonElement Pick(Corpus c, string category) => Doc(c, d => Public(d) && Str(d, "category") == category
        && Str(d, "bulletin") is null
        && !c.Docs.Any(o => Str(o, "interprets") is not null && Str(o, "interprets") == Str(d, "id")));

    /// <summary>A published policy that an interpretation refers to.</summary>
    internal static JsonElement Policy(Corpus c) => Doc(c, d => Public(d)
        && c.Docs.Any(o => Public(o) && Str(o, "interprets") is not null && Str(o, "interprets") == Str(d, "id")));

    internal static string[] Change(Corpus c, JsonElement doc, Func<string, string> edit)
    {
        var path = Str(doc, "path")!;
        var file = Path.Combine(c.Root, path);
        File.WriteAllText(file, edit(File.ReadAllText(file)));
        return [path];
    }

    internal static string[] Write(Corpus c, string path, string text)
    {
        File.WriteAllText(Path.Combine(c.Root, path), text);
        return [path];
    }

    internal static string[] Delete(Corpus c, JsonElement doc)
    {
        var path = Str(doc, "path")!;
        File.Delete(Path.Combine(c.Root, path));
        return [path];
    }

    internal static bool Public(JsonElement d) => d.TryGetProperty("public", out var v) && v.ValueKind == JsonValueKind.True;

    internal static string? Str(JsonElement d, string key) =>
        d.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int FrontMatterEnd(string text) => text.IndexOf("\n---\n", 3, StringComparison.Ordinal);

    internal static string Get(string text, string key) =>
        text[..FrontMatterEnd(text)].Split('\n').First(l => l.StartsWith(key + ":", StringComparison.Ordinal))[(key.Length + 1)..].Trim();

    /// <summary>Sets a top-level front-matter key (replacing its line, or adding it at the end); null removes it.</summary>
    internal static string Set(string text, string key, string? value)
    {
        var end = FrontMatterEnd(text);
        var lines = text[..end].Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        if (at >= 0) lines.RemoveAt(at);
        if (value is not null) lines.Insert(at >= 0 ? at : lines.Count, $"{key}: {value}");
        return string.Join('\n', lines) + text[end..];
    }

    internal static int LineOf(string text, string prefix) => text.Split('\n').ToList().FindIndex(l => l.StartsWith(prefix, StringComparison.Ordinal)) + 1;
}
