using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Adoption;

/// <summary>
/// The linux-x64 release archive as `scripts/release.sh --rid linux-x64` makes it, built once per
/// test run and kept in dist/ between runs while the sources it is made from are unchanged (the key
/// is a hash of those files), then extracted once into a temporary folder.
/// </summary>
internal static class ReleasedSiteGen
{
    public const string Rid = "linux-x64";

    private static readonly Lazy<Release> Built = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static Release Get() => Built.Value;

    public sealed record Release(string Dist, string Archive, string Binary, string Version);

    private static Release Build()
    {
        var version = SiteGenVersion.Current;
        var dist = Path.Combine(Repo.Root, "dist");
        var archive = Path.Combine(dist, $"sitegen-{version}-{Rid}.tar.gz");
        var stamp = Path.Combine(dist, $".test-release-{Rid}.key");
        var key = SourceKey();
        if (!File.Exists(archive) || !File.Exists(Path.Combine(dist, "SHA256SUMS")) || !File.Exists(stamp) || File.ReadAllText(stamp) != key)
        {
            var (code, output) = Processes.Run("bash", [Path.Combine(Repo.Root, "scripts", "release.sh"), version, "--rid", Rid, "--no-tool"], Repo.Root, timeout: TimeSpan.FromMinutes(40));
            if (code != 0) throw new InvalidOperationException($"scripts/release.sh failed ({code}):\n{output}");
            File.WriteAllText(stamp, key);
        }
        var extracted = Path.Combine(Path.GetTempPath(), $"sitegen-release-{Guid.NewGuid():N}");
        Directory.CreateDirectory(extracted);
        using (var file = File.OpenRead(archive))
        using (var gzip = new GZipStream(file, CompressionMode.Decompress))
            TarFile.ExtractToDirectory(gzip, extracted, overwriteFiles: false);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { Directory.Delete(extracted, true); } catch (IOException) { } };
        return new Release(dist, archive, Path.Combine(extracted, $"sitegen-{version}-{Rid}", "sitegen"), version);
    }

    /// <summary>A hash of every file the release is made from (not bin/, obj/ or tests).</summary>
    private static string SourceKey()
    {
        var root = Repo.Root;
        var files = new[] { "generator", "themes", "templates" }
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(root, d), "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Concat(new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "scripts/release.sh", "LICENSE", "THIRD-PARTY-NOTICES.md" }.Select(f => Path.Combine(root, f)))
            .Select(f => Path.GetRelativePath(root, f))
            .Order(StringComparer.Ordinal);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var f in files)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(f + "\0"));
            sha.AppendData(File.ReadAllBytes(Path.Combine(root, f)));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}

/// <summary>Runs a process to its end and returns its exit code and its output (stdout and stderr together).</summary>
internal static class Processes
{
    public static (int Code, string Output) Run(string file, IEnumerable<string> args, string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (environment is not null)
        {
            psi.Environment.Clear();
            foreach (var (k, v) in environment) if (v is not null) psi.Environment[k] = v;
        }
        var output = new StringBuilder();
        using var p = new Process { StartInfo = psi };
        p.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        p.Start();
        p.StandardInput.Close();
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        if (!p.WaitForExit(timeout ?? TimeSpan.FromMinutes(5)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(" ", args)} did not finish:\n{output}");
        }
        p.WaitForExit();
        lock (output) return (p.ExitCode, output.ToString());
    }
}
