using SiteGen.Cli;

namespace SiteGen.Tests.Infrastructure;

/// <summary>Runs a `sitegen` command in-process and captures its exit code and both outputs.</summary>
internal static class Cli
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
