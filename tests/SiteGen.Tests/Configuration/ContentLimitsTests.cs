using SiteGen.Cli;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Limits;

/// <summary>
/// Every limit of docs/limits.md: content past it ends in an error at its file and line (never a
/// stack trace, a hang or a crash of the test host), and the previous output stays as it was.
/// </summary>
public sealed class ContentLimitsTests
{
    // A document's body starts on line 8 (TestSite.Doc: front matter on lines 1–6, a blank line 7).
    private const int BodyLine = 8;

    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    public static TheoryData<string, string, int> DeepBodies => new()
    {
        { "block quotes", "正文。\n\n" + Repeat(">", 300) + " 引用", BodyLine + 2 },
        { "brackets", "正文。\n\n" + Repeat("[", 300) + "x", BodyLine + 2 },
        { "list items", "正文。\n\n" + Repeat("- ", 300) + "x", BodyLine + 2 },
        { "quotes over lines", "正文。\n\n" + string.Join("\n", Enumerable.Range(1, 200).Select(i => Repeat(">", i) + " 第" + i + "层")), BodyLine + 2 + 127 },
        { "raw html divs", "正文。\n\n" + string.Join("\n", Enumerable.Range(0, 50).Select(_ => Repeat("<div>", 10))), BodyLine + 2 + 10 },
    };

    [Theory]
    [MemberData(nameof(DeepBodies))]
    public void NestingTooDeep_IsAnErrorAtItsLine(string what, string body, int line)
    {
        using var site = new TestSite();
        site.Doc("xxgk/tzgg/a.md", body: body);
        var result = site.Build();
        var error = result.Single("too-deep");
        Assert.True((error.Path, error.Line) == ("content/xxgk/tzgg/a.md", line), $"{what}: {error}");
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void NestingWithinTheLimits_Builds()
    {
        using var site = new TestSite();
        site.Doc("xxgk/tzgg/a.md", body: "正文。\n\n" + Repeat("> ", 20) + "引用\n\n" + Repeat("<div>", 50) + "块" + Repeat("</div>", 50) + "\n\n" + Repeat("<p>段", 500));
        site.Build().NoErrors();
    }

    [Fact]
    public void LineTooLong_IsAnErrorAtTheColumnPastTheLimit()
    {
        using var site = new TestSite();
        site.Doc("xxgk/tzgg/a.md", body: "正文。\n" + new string('字', 6000));
        var error = site.Build().Single("line-too-long");
        Assert.Equal(("content/xxgk/tzgg/a.md", BodyLine + 1, 5001), (error.Path, error.Line, error.Column));
    }

    [Fact]
    public void Limits_AreSetInSiteYml()
    {
        using var site = new TestSite(TestSite.MinimalSiteYml + "\nlimits:\n  max_line_chars: 10000\n  max_markdown_kb: 30\n");
        site.Doc("xxgk/tzgg/long-line.md", body: new string('字', 6000));
        site.Doc("xxgk/tzgg/big.md", body: string.Join("\n\n", Enumerable.Repeat(new string('字', 4000), 4)));
        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "line-too-long");
        var error = result.Single("file-too-large");
        Assert.Equal(("content/xxgk/tzgg/big.md", 1), (error.Path, error.Line));
        Assert.Contains("30 KB", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("max_line_chars: 0")]
    [InlineData("max_markdown_kb: -5")]
    [InlineData("max_html_depth: 100000")]
    [InlineData("max_attachment_mb: 很大")]
    public void LimitsBlock_IsValidated(string line)
    {
        using var site = new TestSite(TestSite.MinimalSiteYml + "\nlimits:\n  " + line + "\n");
        site.Doc("xxgk/tzgg/a.md");
        var error = site.Build().Single("bad-value");
        Assert.Equal(("site.yml", TestSite.MinimalSiteYml.Split('\n').Length + 2), (error.Path, error.Line));
    }

    [Fact]
    public void LimitsBlock_UnknownKey_IsAWarning()
    {
        using var site = new TestSite(TestSite.MinimalSiteYml + "\nlimits:\n  max_line_char: 9000\n");
        site.Doc("xxgk/tzgg/a.md");
        var result = site.Build();
        result.NoErrors();
        Assert.Contains(result.Diagnostics, d => d.Code == "unknown-key" && d.Path == "site.yml");
    }

    [Fact]
    public void AttachmentTooLarge_IsAnErrorAtTheAttachment()
    {
        using var site = new TestSite(TestSite.MinimalSiteYml + "\nlimits:\n  max_attachment_mb: 1\n");
        site.AddBytes("xxgk/tzgg/big.pdf", new byte[1024 * 1024 + 1]);
        site.Doc("xxgk/tzgg/a.md", "attachments:\n  - file: big.pdf\n    title: 附件");
        var error = site.Build().Single("file-too-large");
        Assert.Equal(("content/xxgk/tzgg/a.md", 7), (error.Path, error.Line));
    }

    private const string BillionLaughs = """
        a: &a ["哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈", "哈"]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
        g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
        h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
        i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]
        """;

    [Fact]
    public void BillionLaughs_InFrontMatter_IsAnErrorAtTheAlias()
    {
        using var site = new TestSite();
        site.Doc("xxgk/tzgg/a.md", BillionLaughs);
        var result = site.Build();
        var error = result.Single("yaml-limit");
        // Front matter: lines 2–5 the defaults, the bomb from line 6; the fifth level (e, 10 × 11,111 nodes) passes 100,000.
        Assert.Equal(("content/xxgk/tzgg/a.md", 10), (error.Path, error.Line));
        Assert.Contains("billion laughs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BillionLaughs_InSiteYml_IsAnError()
    {
        using var site = new TestSite(TestSite.MinimalSiteYml + "\nbomb:\n" + string.Join("\n", BillionLaughs.Split('\n').Select(l => "  " + l)) + "\n");
        site.Doc("xxgk/tzgg/a.md");
        Assert.Equal("site.yml", site.Build().Single("yaml-limit").Path);
    }

    [Fact]
    public void ManyAliases_AreAnError()
    {
        using var site = new TestSite();
        site.Doc("xxgk/tzgg/a.md", "x: &x 值\ny: [" + string.Join(", ", Enumerable.Repeat("*x", 150)) + "]");
        Assert.Contains("别名", site.Build().Single("yaml-limit").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeepYaml_IsAnErrorNotAStackOverflow()
    {
        using var site = new TestSite();
        site.Doc("xxgk/tzgg/a.md", "x: " + Repeat("[", 2000) + Repeat("]", 2000));
        var error = site.Build().Single("yaml-limit");
        Assert.Equal(6, error.Line);
    }

    [Fact]
    public void FailedBuild_LeavesThePreviousOutputAsItWas()
    {
        using var site = new TestSite();
        site.Doc("xxgk/tzgg/a.md");
        site.Build().NoErrors();
        var before = OutputScanner.Hashes(site.Out);
        site.Doc("xxgk/tzgg/b.md", body: Repeat(">", 300));
        site.Doc("xxgk/tzgg/c.md", BillionLaughs);
        Assert.False(site.Build().Succeeded);
        Assert.Equal(before, OutputScanner.Hashes(site.Out));
    }

    [Fact]
    public void UnexpectedException_IsOneClearLine_WithoutATrace()
    {
        var stderr = new StringWriter();
        var code = InternalError.Report("build", new AggregateException(new InvalidOperationException("坏了")), stderr);
        Assert.Equal(2, code);
        var text = stderr.ToString();
        Assert.Contains("内部错误", text, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: 坏了", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void UnexpectedException_InACommand_IsCaughtAtTheTop()
    {
        // A source folder that is a file makes the build fail in a way no stage expects.
        using var dir = new TempDir();
        var notAFolder = dir.File("site");
        System.IO.File.WriteAllText(notAFolder, "x");
        Directory.CreateDirectory(dir.File("s"));
        System.IO.File.WriteAllText(dir.File("s/site.yml"), TestSite.MinimalSiteYml);
        System.IO.File.WriteAllText(dir.File("s/content"), "a file where the content folder should be");
        var (code, _, err) = Infrastructure.Cli.Run("build", "--source", dir.File("s"), "--as-of", "2026-01-01");
        Assert.True(code is 1 or 2, err);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }
}
