namespace SiteGen.Cli;

internal static class CommandLine
{
    public static int Run(string[] args) => 0;
}
