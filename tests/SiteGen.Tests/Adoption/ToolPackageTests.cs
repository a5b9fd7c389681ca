using System.Diagnostics;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Editors;

/// <summary>SiteGen is packaged as a .NET tool: pack it, install it into a tool path, run the installed `sitegen`.</summary>
[Slow]
public sealed class ToolPackageTests
{
    [Fact]
    public void DotnetPack_ThenToolInstall_GivesAWorkingSitegenCommand_WithItsTheme()
    {
        using var dir = new TempDir("sitegen-tool");
        var configuration = AppContext.BaseDirectory.Contains("/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";
        var project = Path.Combine(Repo.Root, "generator", "SiteGen", "SiteGen.csproj");
        // --no-build: the test run has just built the generator in this configuration.
        Run("dotnet", $"pack \"{project}\" -c {configuration} --no-build -o \"{dir.File("nupkg")}\"");
        Assert.Single(Directory.GetFiles(dir.File("nupkg"), "SiteGen.*.nupkg"));
        // Only the local folder as a source, so a package of the same name elsewhere cannot be picked.
        File.WriteAllText(dir.File("nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="local" value="{dir.File("nupkg")}" /></packageSources></configuration>
            """);
        Run("dotnet", $"tool install --tool-path \"{dir.File("tools")}\" --configfile \"{dir.File("nuget.config")}\" --add-source \"{dir.File("nupkg")}\" SiteGen");
        var sitegen = dir.File("tools/sitegen");
        Assert.Contains("import", Run(sitegen, "--help"));

        using var site = new TestSite();
        site.Doc("a.md");
        var output = Run(sitegen, $"build --source \"{site.Root}\" --out \"{site.Out}\" --as-of 2026-01-01");
        Assert.Contains("已生成", output);
        Assert.True(File.Exists(Path.Combine(site.Out, "index.html")));
    }

    private static string Run(string file, string args)
    {
        var psi = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"{file} {args} exited {p.ExitCode}:\n{stdout}\n{stderr.Result}");
        return stdout;
    }
}
