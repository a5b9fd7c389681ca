using System.Text.Json;
using SiteGen.Build;
using SiteGen.Output;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Core;

/// <summary>A generated site of a few hundred documents, built once for these tests.</summary>
public sealed class CorpusFixture : IDisposable
{
    public CorpusFixture()
    {
        Corpus = new Corpus(docs: 400, seed: 11, years: "2021-2025");
        Result = SiteBuilder.Build(new BuildOptions { SourceDir = Corpus.Root, OutputDir = Corpus.Out, AsOf = DateOnly.Parse("2026-06-30") });
        ReportFile = Path.Combine(Corpus.Root, "report.json");
        BuildReport.Write(ReportFile, Result);
    }

    public Corpus Corpus { get; }
    internal BuildResult Result { get; }
    public string ReportFile { get; }

    public void Dispose() => Corpus.Dispose();
}

[Slow]
public sealed class CorpusEndToEndTests(CorpusFixture fixture) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void Build_Succeeds() => fixture.Result.NoErrors();

    [Fact]
    public void Report_ListsExactlyThePublicDocuments()
    {
        using var report = JsonDocument.Parse(File.ReadAllText(fixture.ReportFile));
        var ids = report.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("id").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(fixture.Corpus.PublicIds.Order(StringComparer.Ordinal), ids);
        foreach (var d in report.RootElement.GetProperty("documents").EnumerateArray())
            Assert.True(File.Exists(Path.Combine(fixture.Corpus.Out, d.GetProperty("path").GetString()!)));
    }

    [Fact]
    public void NoCanary_AppearsInAnyOutputByte()
    {
        var canaries = fixture.Corpus.Canaries.ToList();
        Assert.NotEmpty(canaries);
        foreach (var (file, text) in OutputScanner.AllTexts(fixture.Corpus.Out))
            foreach (var canary in canaries)
                Assert.False(text.Contains(canary, StringComparison.Ordinal), $"{canary} found in {file}");
        foreach (var name in OutputScanner.AllNames(fixture.Corpus.Out))
            Assert.DoesNotContain(canaries, c => name.Contains(c, StringComparison.Ordinal));
    }

    [Fact]
    public void Report_ListsEveryIssueWithItsPage()
    {
        using var report = JsonDocument.Parse(File.ReadAllText(fixture.ReportFile));
        var issues = report.RootElement.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToHashSet();
        foreach (var issue in fixture.Corpus.Truth.RootElement.GetProperty("issues").EnumerateArray())
            Assert.Contains(issue.GetProperty("id").GetString(), issues);
    }

    [Fact]
    public void SecondBuild_IsByteIdenticalAndFailedBuildKeepsOutput()
    {
        var first = OutputScanner.Hashes(fixture.Corpus.Out);
        using var copy = new TempDir();
        var again = SiteBuilder.Build(new BuildOptions { SourceDir = fixture.Corpus.Root, OutputDir = copy.File("out"), AsOf = DateOnly.Parse("2026-06-30") });
        again.NoErrors();
        Assert.Equal(first, OutputScanner.Hashes(copy.File("out")));

        var broken = Path.Combine(fixture.Corpus.Root, "content", "zz-broken.md");
        File.WriteAllText(broken, "---\ntitle: x\ncategory: 没有这个栏目\ndisclosure: 主动公开\ndate: 2025-01-01\n---\n");
        try
        {
            var failed = SiteBuilder.Build(new BuildOptions { SourceDir = fixture.Corpus.Root, OutputDir = copy.File("out"), AsOf = DateOnly.Parse("2026-06-30") });
            Assert.False(failed.Succeeded);
            Assert.Equal(first, OutputScanner.Hashes(copy.File("out")));
        }
        finally
        {
            File.Delete(broken);
        }
    }
}
