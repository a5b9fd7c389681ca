using System.Security.Cryptography;
using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Output;
using SiteGen.Rendering;
using SiteGen.Rendering.Pages;
using SiteGen.Watch;
using SiteGen.Tests.Infrastructure;
using Xunit.Abstractions;
using static SiteGen.Tests.Editors.IncrementalBuildTests;

namespace SiteGen.Tests.Watch;

/// <summary>
/// Each page kind declares which of its pages show something of changed documents
/// (<see cref="IPageKind.Affected"/>), and `serve --watch` re-renders only those. Here every kind of
/// the registry is held to its declaration: the site's pages are rendered part by part before and
/// after an edit (as a full build renders them), and every file whose bytes differ must be in a part
/// its kind declared. A kind that shows documents must be exercised by at least one edit, so a new
/// kind is checked as soon as it is in <see cref="PageKinds.All"/>.
/// </summary>
[Slow]
public sealed class PageKindDeclarationTests(ITestOutputHelper log)
{
    private static readonly DateOnly AsOf = new(2026, 1, 1);

    /// <summary>An edit of a corpus, with an optional edit made before the first rendering (a document that must exist already).</summary>
    public sealed record SiteEdit(string Name, Func<Corpus, string[]> Apply, Action<Corpus>? Setup = null)
    {
        public override string ToString() => Name;
    }

    /// <summary>The edits of the incremental build's own tests, and edits that reach the kinds those do not.</summary>
    private static IEnumerable<SiteEdit> Edits() =>
        ((IEnumerable<object[]>)Editors.IncrementalBuildTests.Edits).Select(row => (Editors.IncrementalBuildTests.Edit)row[0]).Select(e => new SiteEdit(e.Name, e.Apply)).Concat(
        [
            new("aliases added", c => Change(c, Pick(c, "工作动态"), t => Set(t, "aliases", "[/old/news-1.html]"))),
            new("title of a document with aliases", c => Change(c, Pick(c, "工作动态"), t => Set(t, "title", "有旧网址的文件（修订）")),
                c => Change(c, Pick(c, "工作动态"), t => Set(t, "aliases", "[/old/news-1.html]"))),
            new("date with base_url set (sitemap.xml)", c => Change(c, Pick(c, "通知公告"), t => Set(t, "date", "2024-07-08")),
                c => File.WriteAllText(Path.Combine(c.Root, "site.yml"), File.ReadAllText(Path.Combine(c.Root, "site.yml")).Replace("base_url: \"\"", "base_url: \"https://www.example.gov.cn/\""))),
            new("proposal replied late", c => Change(c, Doc(c, d => Public(d) && Str(d, "category") == "建议提案办理"), t => Regex.Replace(t, @"(?m)^  replied: (\d{4})-\d\d-\d\d", "  replied: $1-12-30"))),
            new("consultation title", c => Change(c, Doc(c, d => Public(d) && Str(d, "category") == "意见征集"), t => Set(t, "title", Get(t, "title") + "（延期）"))),
            new("annual report title", c => Change(c, Doc(c, d => Public(d) && Str(d, "category") == "政府信息公开年报"), t => Set(t, "title", Get(t, "title") + "（更正）"))),
            new("policy title (汇编)", c => Change(c, Policy(c), t => Set(t, "title", Get(t, "title") + "（修订）"))),
            new("decision record added", c => Write(Folder(c, "content/xxgk/zdjc/2025"), "content/xxgk/zdjc/2025/zdjc-new.md", $"""
                ---
                title: 制定某项管理办法
                category: 重大行政决策事项目录
                disclosure: 主动公开
                date: 2025-02-10
                organ: 示例区人民政府办公室
                decision:
                  year: 2025
                  department: 示例区民政局
                  consultation: {Str(Doc(c, d => Public(d) && Str(d, "category") == "意见征集"), "id")}
                ---

                本事项列入年度重大行政决策事项目录。
                """)),
        ]);

    [Fact]
    public void EveryFileAnEditChanges_IsInAPartItsKindDeclared_AndEachKindShowingDocumentsIsExercised()
    {
        var exercised = new HashSet<string>(StringComparer.Ordinal);
        var declaredSomething = new HashSet<string>(StringComparer.Ordinal);
        var misses = new List<string>();
        foreach (var edit in Edits())
        {
            using var corpus = new Corpus(200, seed: 11);
            edit.Setup?.Invoke(corpus);
            using var before = RenderedSite.Of(corpus.Root);
            var ids = edit.Apply(corpus).Select(p => p["content/".Length..^".md".Length]).ToHashSet(StringComparer.Ordinal);
            using var after = RenderedSite.Of(corpus.Root);
            var change = new SiteChange(before.Site, after.Site, ids);
            var declared = PageKinds.All.ToDictionary(Name, k => k.Affected(change));
            foreach (var (kind, pages) in declared.Where(d => !d.Value.IsEmpty)) declaredSomething.Add(kind);

            var changed = before.Hashes.Keys.Union(after.Hashes.Keys)
                .Where(f => before.Hashes.GetValueOrDefault(f) != after.Hashes.GetValueOrDefault(f)).Order(StringComparer.Ordinal).ToList();
            Assert.True(changed.Count > 0, $"{edit}: nothing changed");
            foreach (var file in changed)
            {
                var key = before.PartOf(file) ?? after.PartOf(file) ?? throw new InvalidOperationException($"{file}: no page kind made it");
                var (kind, part) = key.Split('|', 2) is [var k, var p] ? (k, p) : (key, null);
                exercised.Add(kind);
                var pages = declared[kind];
                if (!(pages.Whole || (part is not null && pages.Parts.Contains(part)))) misses.Add($"{edit}: {file} changed, but {key} was not declared");
            }
            log.WriteLine($"{edit}: {changed.Count} files changed; declared {string.Join(", ", declared.Where(d => !d.Value.IsEmpty).Select(d => d.Value.Whole ? d.Key : $"{d.Key} ×{d.Value.Parts.Count}"))}");
        }
        Assert.True(misses.Count == 0, string.Join("\n", misses));
        // A kind that declares it shows documents but whose pages no edit changed is not tested by these edits: add one.
        Assert.Empty(declaredSomething.Except(exercised));
        // And every kind of the registry either shows documents (and was tested) or declared nothing under every edit.
        Assert.All(PageKinds.All.Select(Name), kind => Assert.True(exercised.Contains(kind) || !declaredSomething.Contains(kind)));
    }

    private static Corpus Folder(Corpus c, string path)
    {
        Directory.CreateDirectory(Path.Combine(c.Root, path));
        return c;
    }

    /// <summary>The site model as the full build's stages make it (load, validate, gate, model, reports).</summary>
    internal static (SiteModel Site, ContentTree Tree) Model(string root, DiagnosticBag diagnostics)
    {
        var run = FrontStages.Run(root, AsOf);
        foreach (var d in run.Diagnostics.Sorted()) diagnostics.Add(d);
        return (run.Site, run.Loaded.Tree);
    }

    private static string Name(IPageKind kind) => RenderedParts.Key(kind);

    /// <summary>Every page of a site rendered by the full build's stage functions, part by part (<see cref="RenderedParts"/>), with each file's hash.</summary>
    private sealed class RenderedSite : IDisposable
    {
        private readonly TempDir _dir = new("sitegen-declared");
        private Dictionary<string, string> _parts = [];

        public SiteModel Site { get; private set; } = null!;
        public Dictionary<string, string> Hashes { get; private set; } = [];

        public string? PartOf(string file) => _parts.GetValueOrDefault(file);

        public static RenderedSite Of(string root)
        {
            var rendering = new RenderedSite();
            var diagnostics = new DiagnosticBag();
            var (site, tree) = Model(root, diagnostics);
            var config = site.Config;
            var output = new OutputWriter(rendering._dir.Path, diagnostics);
            var theme = new SiteGen.Rendering.Theme(root, SiteGen.Rendering.Theme.Locate(root, config.Theme)!, diagnostics);
            var context = new RenderContext(site, theme, output, diagnostics, new FileChecker(tree, diagnostics, config.Limits), tree.ContentDir);
            var parts = RenderedParts.Render(context, PageKinds.All.Select(k => (k, PageSelection.All)));
            Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted().Where(d => d.Severity == Severity.Error)));
            rendering.Site = site;
            rendering._parts = parts.SelectMany(p => p.Value.Select(f => (File: f, Part: p.Key))).ToDictionary(x => x.File, x => x.Part, StringComparer.Ordinal);
            rendering.Hashes = output.Files.ToDictionary(f => f, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(rendering._dir.Path, f)))), StringComparer.Ordinal);
            return rendering;
        }

        public void Dispose() => _dir.Dispose();
    }
}
