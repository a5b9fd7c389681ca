using SiteGen.Diagnostics;
using SiteGen.Rendering.Pages;
using SiteGen.Watch;
using SiteGen.Tests.Infrastructure;
using static SiteGen.Tests.Editors.IncrementalBuildTests;

namespace SiteGen.Tests.Watch;

/// <summary>
/// What `serve --watch` renders after an edit is what the page kinds' declarations select, no more
/// (no catch-all group rendered every time) and no less (the bytes are a full build's); files no
/// longer made go.
/// </summary>
[Slow]
public sealed class IncrementalRebuildTests
{
    [Fact]
    public void TitleOfAnInterpretation_RendersExactlyTheDeclaredParts_AndGivesAFullBuildsBytes()
    {
        using var corpus = new Corpus(200, seed: 11);
        var interpretation = Doc(corpus, d => Public(d) && Str(d, "interprets") is not null && Str(d, "bulletin") is null);
        var policy = Str(interpretation, "interprets")!;
        using var build = new IncrementalBuild(Options(corpus.Root, corpus.Out));
        Assert.True(build.Full().Succeeded);
        var (old, _) = PageKindDeclarationTests.Model(corpus.Root, new DiagnosticBag());

        var result = build.Update(Change(corpus, interpretation, t => Set(t, "title", "关于某项政策的解读（修订稿）")));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var (now, _) = PageKindDeclarationTests.Model(corpus.Root, new DiagnosticBag());
        var id = Str(interpretation, "id")!;
        var change = new SiteChange(old, now, new HashSet<string>(StringComparer.Ordinal) { id });
        var declared = PageKinds.All.SelectMany(k => k.Affected(change) is { IsEmpty: false } pages
            ? pages.Whole ? k is IPageKindByPart byPart ? byPart.Parts(now).Select(p => RenderedParts.Key(k, p)) : [RenderedParts.Key(k)] : pages.Parts.Select(p => RenderedParts.Key(k, p))
            : []).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(declared, result.Parts);
        var column = now.Published(id)!.ColumnId;
        Assert.Contains($"ColumnPages|{column}", result.Parts);
        Assert.Contains($"DocumentPages|{policy}", result.Parts);
        Assert.Contains($"DocumentPages|{id}", result.Parts);
        // Pages that show nothing of it are not rendered again: another column, a document it does not touch, the 404 and search pages.
        Assert.Contains(now.Columns.All, c => !result.Parts.Contains($"ColumnPages|{c.Id}"));
        Assert.True(result.Parts.Count(p => p.StartsWith("DocumentPages|", StringComparison.Ordinal)) < now.Documents.Count / 10);
        Assert.DoesNotContain(result.Parts, p => p is "SpecialPages" or "SearchPage" or "ApplicationPages");
        // The policy's page and the column list show the new title.
        Assert.Contains("关于某项政策的解读（修订稿）", File.ReadAllText(Path.Combine(corpus.Out, now.PagePath[policy])));
        Assert.Contains(result.Written, f => f.StartsWith(now.Columns[column].Dir + "/", StringComparison.Ordinal));
        AssertSameAsFullBuild(corpus, derived: false);
    }

    [Fact]
    public void WithdrawnPolicy_RemovesItsPage_AndRendersItsInterpretationAgain()
    {
        using var corpus = new Corpus(200, seed: 11);
        var policy = Policy(corpus);
        using var build = new IncrementalBuild(Options(corpus.Root, corpus.Out));
        Assert.True(build.Full().Succeeded);
        var (old, _) = PageKindDeclarationTests.Model(corpus.Root, new DiagnosticBag());
        var page = old.PagePath[Str(policy, "id")!];
        Assert.True(File.Exists(Path.Combine(corpus.Out, page)));

        var result = build.Update(Change(corpus, policy, t => Set(t, "draft", "true")));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(page, result.Removed);
        Assert.False(File.Exists(Path.Combine(corpus.Out, page)));
        var interpretation = old.InterpretationsOf[Str(policy, "id")!][0];
        Assert.Contains($"DocumentPages|{interpretation.Id}", result.Parts);
        AssertSameAsFullBuild(corpus, derived: false);
    }

    [Fact]
    public void DeletedDocument_TakesTheYearPageItAloneMade_WithIt()
    {
        using var corpus = new Corpus(200, seed: 11);
        var doc = Pick(corpus, "工作动态");
        using var build = new IncrementalBuild(Options(corpus.Root, corpus.Out));
        Assert.True(build.Full().Succeeded);
        Assert.True(build.Update(Change(corpus, doc, t => Set(t, "date", "2003-04-05"))).Succeeded);
        var (site, _) = PageKindDeclarationTests.Model(corpus.Root, new DiagnosticBag());
        var year = $"{site.Columns[site.Published(Str(doc, "id")!)!.ColumnId].Dir}/year-2003.html";
        Assert.True(File.Exists(Path.Combine(corpus.Out, year)));

        var result = build.Update(Delete(corpus, doc));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(year, result.Removed);
        Assert.False(File.Exists(Path.Combine(corpus.Out, year)));
        AssertSameAsFullBuild(corpus, derived: false);
    }
}
