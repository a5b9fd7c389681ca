namespace SiteGen.Tests;

public class SmokeTests
{
    [Fact]
    public void Cli_Runs() => Assert.Equal(0, SiteGen.Cli.CommandLine.Run([]));
}
