using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;
using SiteGen.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Tests.Core;

/// <summary>
/// The fast reader of simple front matter must give exactly YamlDotNet's events — values, styles,
/// tags and every mark — or decline, so no diagnostic position and no node changes.
/// </summary>
public sealed class SimpleFrontMatterTests
{
    [Fact]
    [Slow]
    public void GivesYamlDotNetsEvents_ForGeneratedAndSampleFrontMatter()
    {
        using var corpus = new Corpus(docs: 300, seed: 5);
        foreach (var root in new[] { Path.Combine(corpus.Root, "content"), Path.Combine(Repo.Root, "content") })
        {
            var (fast, declined) = (0, 0);
            foreach (var file in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories))
            {
                var text = File.ReadAllText(file).ReplaceLineEndings("\n");
                if (!text.StartsWith("---\n", StringComparison.Ordinal)) continue;
                var yaml = text[4..(text.IndexOf("\n---", 3, StringComparison.Ordinal) + 1)];
                if (SimpleFrontMatter.TryParse(yaml) is { } parser)
                {
                    Assert.Equal(Events(new Parser(new StringReader(yaml))), Events(parser));
                    fast++;
                }
                else declined++;
            }
            // Both paths are taken: most files are simple, and lists or nested keys are not.
            Assert.True(fast > declined / 2 && declined > 0, $"{root}: {fast} read fast, {declined} declined");
        }
    }

    [Theory]
    [InlineData("a: b")]
    [InlineData("a: b\n")]
    [InlineData("a:   b\n")]
    [InlineData("title: 关于“十四五”规划：通知\ncategory: 通知公告\n")]
    [InlineData("t: C#\n")]
    [InlineData("t: 12:30\n")]
    [InlineData("t: a [b] {c}\n")]
    [InlineData("t: a'b\"c\"\\d\n")]
    [InlineData("t: a\u00A0\n")]
    [InlineData("t: \u3000a\u3000\n")]
    [InlineData("t: a\u200B\n")]
    [InlineData("t: a  b\n")]
    [InlineData("t: http://x.y/z?a=1#f\n")]
    [InlineData("t: 100%|a>b!c,d-\n")]
    [InlineData("t: ~\nu: null\nv: yes\nw: .5\nx: 0x1F\n")]
    [InlineData("T9_: x\n")]
    [InlineData("a: b\na: c\n")]
    public void GivesYamlDotNetsEvents_ForEdgeCases(string yaml)
    {
        var parser = SimpleFrontMatter.TryParse(yaml);
        Assert.NotNull(parser);
        Assert.Equal(Events(new Parser(new StringReader(yaml))), Events(parser));
    }

    [Theory]
    [InlineData("")]
    [InlineData("t: 'quoted'\n")]
    [InlineData("t: \"quoted\"\n")]
    [InlineData("t: [a, b]\n")]
    [InlineData("t:\n  - a\n")]
    [InlineData("t:\n  k: v\n")]
    [InlineData("t:\n")]
    [InlineData("t: a\n\nu: b\n")]
    [InlineData("# comment\nt: a\n")]
    [InlineData("t: a # comment\n")]
    [InlineData("t: a: b\n")]
    [InlineData("t: a:\n")]
    [InlineData("t: a \n")]
    [InlineData("t:\ta\n")]
    [InlineData("t: a\tb\n")]
    [InlineData("t: -\n")]
    [InlineData("t: &anchor a\n")]
    [InlineData("t: *alias\n")]
    [InlineData("t: !tag a\n")]
    [InlineData("t: |\n  a\n")]
    [InlineData("t: a\u0001\n")]
    [InlineData("t: a\u0085b\n")]
    [InlineData("t: a\u2028b\n")]
    [InlineData("t: \U0001F600\n")]
    [InlineData(" t: a\n")]
    [InlineData("t : a\n")]
    [InlineData("t-x: a\n")]
    [InlineData("t: a\r\n")]
    public void Declines_WhatItDoesNotRead(string yaml) => Assert.Null(SimpleFrontMatter.TryParse(yaml));

    [Fact]
    public void DuplicateKey_IsTheSameErrorAtTheSamePlace()
    {
        const string yaml = "title: a\ncategory: b\ntitle: c\n";
        Assert.NotNull(SimpleFrontMatter.TryParse(yaml));
        var expected = Assert.ThrowsAny<YamlException>(() => new YamlStream().Load(new StringReader(yaml)));
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlText.ParseMapping(yaml, "content/a.md", 1, diagnostics));
        var d = Assert.Single(diagnostics.Sorted());
        Assert.Equal(("yaml-syntax", (int)expected.Start.Line + 1, (int)expected.Start.Column), (d.Code, d.Line, d.Column));
        Assert.Equal(4, d.Line);
        Assert.Contains("两次", d.Message);
        Assert.Contains("删去这一行", d.Hint);
    }

    private static List<string> Events(IParser parser)
    {
        var events = new List<string>();
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            events.Add($"{e.GetType().Name} {e.Start.Index}/{e.Start.Line}/{e.Start.Column}-{e.End.Index}/{e.End.Line}/{e.End.Column}" + e switch
            {
                Scalar s => $" '{s.Value}' {s.Style} tag={s.Tag} anchor={s.Anchor} plain={s.IsPlainImplicit} quoted={s.IsQuotedImplicit} key={s.IsKey}",
                MappingStart m => $" {m.Style} implicit={m.IsImplicit} tag={m.Tag} anchor={m.Anchor}",
                DocumentStart d => $" implicit={d.IsImplicit} version={d.Version}",
                DocumentEnd d => $" implicit={d.IsImplicit}",
                _ => "",
            });
        }
        return events;
    }
}
