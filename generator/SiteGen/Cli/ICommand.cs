namespace SiteGen.Cli;

/// <summary>One `sitegen` sub-command. Exit codes: 0 success, 1 content errors, 2 bad usage.</summary>
internal interface ICommand
{
    string Name { get; }
    string Summary { get; }
    string Usage { get; }
    int Run(Arguments args, TextWriter stdout, TextWriter stderr);
}

internal static class ExitCodes
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
}
