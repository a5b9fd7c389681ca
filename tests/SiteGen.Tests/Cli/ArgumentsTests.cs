using SiteGen.Cli;

namespace SiteGen.Tests.CliUsage;

/// <summary>The parser itself: how options, short forms, flags and positional arguments are read.</summary>
public sealed class ArgumentsTests
{
    [Fact]
    public void LongShortAndEqualsForms_AllReachTheSameOption()
    {
        Assert.Equal("x", new Arguments(["--out", "x"]).Option("out"));
        Assert.Equal("x", new Arguments(["--out=x"]).Option("out"));
        Assert.Equal("x", new Arguments(["-o", "x"]).Option("out"));
        Assert.Equal("x", new Arguments(["-o=x"]).Option("out"));
        Assert.Equal("site", new Arguments(["-s", "site"]).Option("source"));
        Assert.True(new Arguments(["-q"]).Flag("quiet"));
    }

    [Fact]
    public void AFlagTheParserDoesNotKnow_GivesTheNextWordBack()
    {
        // A command added later may ask for a flag not in Arguments.Flags: the word after it was
        // read as its value, and asking for it as a flag makes it a positional argument again.
        var args = new Arguments(["--dry-run", "SITE", "--out", "x"]);
        Assert.True(args.Flag("dry-run"));
        Assert.Equal("x", args.Option("out"));
        Assert.Equal(["SITE"], args.Positional);
    }

    [Fact]
    public void NegativeNumbers_AndADashAlone_AreValues()
    {
        var args = new Arguments(["--port", "-1", "-"]);
        Assert.Equal("-1", args.Option("port"));
        Assert.Equal(["-"], args.Positional);
    }

    [Fact]
    public void EverythingAfterDoubleDash_IsPositional()
    {
        var args = new Arguments(["--source", "s", "--", "--not-an-option", "-o"]);
        Assert.Equal("s", args.Option("source"));
        Assert.Equal(["--not-an-option", "-o"], args.Positional);
        Assert.Null(ArgumentCheck.Problems(args));
    }

    [Fact]
    public void UnknownOptions_AreThoseNeverAskedFor()
    {
        var args = new Arguments(["--out", "x", "--ouput", "y"]);
        args.Option("out");
        var problems = ArgumentCheck.Problems(args);
        Assert.NotNull(problems);
        Assert.Contains("未知选项“--ouput”", problems);
        Assert.Contains("did you mean --out?", problems);
    }

    [Theory]
    [InlineData("biuld", "build")]
    [InlineData("chekc", "check")]
    [InlineData("serv", "serve")]
    [InlineData("verfy", "verify")]
    [InlineData("ouput", "out")]
    [InlineData("sour", "source")]
    public void Spelling_FindsTheIntendedWord(string typed, string expected) =>
        Assert.Equal(expected, Spelling.Closest(typed, ["build", "check", "serve", "verify", "schema", "new", "import", "report", "out", "source", "port"]));

    [Theory]
    [InlineData("deploy")]
    [InlineData("x")]
    [InlineData("publish")]
    public void Spelling_SuggestsNothingForUnrelatedWords(string typed) =>
        Assert.Null(Spelling.Closest(typed, ["build", "check", "serve", "verify", "schema", "new", "import", "report"]));
}
