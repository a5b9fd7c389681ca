using SiteGen.Text;

namespace SiteGen.Output;

/// <summary>What the signature of a manifest says.</summary>
internal enum SignatureState
{
    /// <summary>No public key given: the signature, if any, was not checked.</summary>
    NotChecked,
    Valid,
    /// <summary>The manifest or its signature was changed, or signed with another key.</summary>
    Invalid,
    /// <summary>A public key was given but the folder has no signature.</summary>
    Missing,
}

/// <summary>
/// What the operator requires of the build beyond its files being intact: at least this build date,
/// exactly this source commit (a full id or a prefix of at least 7 hex digits). Both catch an older
/// signed build swapped in for the current one.
/// </summary>
internal sealed record BuildExpectations(DateOnly? MinBuildDate = null, string? Commit = null)
{
    public static readonly BuildExpectations None = new();

    /// <summary>Why the manifest's build is not the one expected; empty when it is.</summary>
    public IReadOnlyList<string> Problems(BuildProvenance? provenance)
    {
        var problems = new List<string>();
        if (MinBuildDate is { } min)
        {
            if (provenance is null) problems.Add($"清单没有记录构建日期，无法确认不早于 {Dates.Iso(min)}（manifest names no build date）");
            else if (provenance.Built < min) problems.Add($"构建日期 {Dates.Iso(provenance.Built)} 早于要求的 {Dates.Iso(min)}：这可能是被换上的旧版本（build older than --min-build-date）");
        }
        if (Commit is { } commit)
        {
            if (provenance?.Commit is null) problems.Add($"清单没有记录源提交，无法确认是 {commit}（manifest names no commit）");
            else if (!provenance.Commit.StartsWith(commit, StringComparison.OrdinalIgnoreCase)) problems.Add($"源提交是 {provenance.Commit}，不是要求的 {commit}（commit differs from --expect-commit）");
        }
        return problems;
    }
}

/// <summary>The differences between a served folder and the manifest its build wrote, and which build that was.</summary>
internal sealed record VerifyResult(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Changed, SignatureState Signature, string? ManifestProblem, int FileCount)
{
    public BuildProvenance? Provenance { get; init; }

    /// <summary>Where the build is not the one <see cref="BuildExpectations"/> asked for.</summary>
    public IReadOnlyList<string> BuildProblems { get; init; } = [];

    public bool Intact => ManifestProblem is null && Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0 && BuildProblems.Count == 0
        && Signature is SignatureState.NotChecked or SignatureState.Valid;
}

/// <summary>
/// `sitegen verify`: hashes a built folder and compares it with .sitegen/manifest.json. Without a
/// public key it catches edits that forgot the manifest; with one, an attacker who also rewrote the
/// manifest is caught by the signature. A symbolic link is never part of a build, so any link is reported.
/// </summary>
internal static class OutputVerifier
{
    public static VerifyResult Verify(string root, string? publicKeyPem, BuildExpectations? expect = null)
    {
        var manifestFile = Path.Combine(root, IntegrityManifest.ManifestPath);
        if (!File.Exists(manifestFile)) return Problem($"找不到清单 {IntegrityManifest.ManifestPath}（该目录不是 sitegen build 的输出，或清单被删除）");
        var json = File.ReadAllBytes(manifestFile);
        var signature = SignatureState.NotChecked;
        if (publicKeyPem is not null)
        {
            var sigFile = Path.Combine(root, IntegrityManifest.SignaturePath);
            signature = !File.Exists(sigFile) ? SignatureState.Missing
                : SigningKey.Verify(json, File.ReadAllBytes(sigFile), publicKeyPem) ? SignatureState.Valid : SignatureState.Invalid;
        }
        var manifest = IntegrityManifest.Parse(json);
        if (manifest is null) return Problem($"清单 {IntegrityManifest.ManifestPath} 已损坏或不是 sitegen 的清单") with { Signature = signature };

        var actual = IntegrityManifest.Compute(root).Files;
        var links = Links(root);
        var added = actual.Keys.Where(p => !manifest.Files.ContainsKey(p))
            .Concat(links.Where(l => !manifest.Files.ContainsKey(l) && !actual.ContainsKey(l)))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var removed = manifest.Files.Keys.Where(p => !actual.ContainsKey(p) && !links.Contains(p)).ToList();
        var changed = manifest.Files.Where(f => (actual.TryGetValue(f.Key, out var h) && h != f.Value) || links.Contains(f.Key))
            .Select(f => f.Key).ToList();
        return new VerifyResult(added, removed, changed, signature, null, manifest.Files.Count)
        {
            Provenance = manifest.Provenance,
            BuildProblems = (expect ?? BuildExpectations.None).Problems(manifest.Provenance),
        };
    }

    private static VerifyResult Problem(string message) => new([], [], [], SignatureState.NotChecked, message, 0);

    /// <summary>Every symbolic link under root (files and folders), relative, with forward slashes.</summary>
    private static HashSet<string> Links(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        return Directory.EnumerateFileSystemEntries(root, "*", options)
            .Where(p => new FileInfo(p).LinkTarget is not null)
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
    }
}
