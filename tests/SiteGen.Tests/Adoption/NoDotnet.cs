using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Adoption;

/// <summary>
/// Runs a command where no .NET is reachable, as on an office's server: no DOTNET_* variables, no
/// PATH entry holding dotnet, and (as root, in a private mount namespace through `unshare -m`) every
/// .NET installation folder covered by an empty one, so not even /usr/bin/dotnet resolves. The
/// wrapper first proves dotnet cannot run, then runs the command.
/// </summary>
internal static class NoDotnet
{
    private static readonly string[] InstallFolders = ["/usr/share/dotnet", "/usr/lib/dotnet", "/usr/local/share/dotnet", "/opt/dotnet",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".dotnet")];

    public static bool CanMask { get; } = Processes.Run("unshare", ["-m", "true"], "/").Code == 0;

    /// <summary>The environment without .NET: PATH less any folder with a dotnet in it, plus <paramref name="extra"/>.</summary>
    public static Dictionary<string, string?> WithoutDotnet(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var env = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            var k = (string)e.Key;
            if (k.StartsWith("DOTNET_", StringComparison.Ordinal) || k.StartsWith("MSBUILD", StringComparison.Ordinal) || k is "NUGET_PACKAGES") continue;
            env[k] = (string?)e.Value;
        }
        env["PATH"] = string.Join(':', (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':')
            .Where(p => p.Length > 0 && !p.Contains("dotnet", StringComparison.OrdinalIgnoreCase)));
        env["NO_COLOR"] = "1";
        if (extra is not null) foreach (var (k, v) in extra) env[k] = v;
        return env;
    }

    public static (int Code, string Output) Run(string workingDirectory, IReadOnlyList<string> command,
        IReadOnlyDictionary<string, string?>? extraEnvironment = null, TimeSpan? timeout = null)
    {
        var env = WithoutDotnet(extraEnvironment);
        var empty = Directory.CreateTempSubdirectory("sitegen-nodotnet-").FullName;
        try
        {
            var mask = CanMask
                ? string.Join("\n", InstallFolders.Select(d => $"[ -d '{d}' ] && mount --bind '{empty}' '{d}'"))
                : "";
            var script = $"""
                set -e
                {mask}
                {(CanMask ? "if command -v dotnet >/dev/null 2>&1; then echo 'no-dotnet wrapper: dotnet is still reachable' >&2; exit 97; fi" : "")}
                exec "$@"
                """;
            var args = new List<string>();
            var file = "bash";
            if (CanMask) { file = "unshare"; args.AddRange(["-m", "bash"]); }
            args.AddRange(["-c", script, "no-dotnet"]);
            args.AddRange(command);
            return Processes.Run(file, args, workingDirectory, env, timeout);
        }
        finally { Directory.Delete(empty); }
    }
}
