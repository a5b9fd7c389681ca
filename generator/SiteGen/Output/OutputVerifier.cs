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

/// <summary>The differences between a served folder and the manifest its build wrote.</summary>
internal sealed record VerifyResult(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Changed, SignatureState Signature, string? ManifestProblem, int FileCount)
{
    public bool Intact => ManifestProblem is null && Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0 && Signature is SignatureState.NotChecked or SignatureState.Valid;
}

/// <summary>
/// `sitegen verify`: hashes a built folder and compares it with .sitegen/manifest.json. Without a
/// public key it catches edits that forgot the manifest; with one, an attacker who also rewrote the
/// manifest is caught by the signature. A symbolic link is never part of a build, so any link is reported.
/// </summary>
internal static class OutputVerifier
{
    public static VerifyResult Verify(string root, string? publicKeyPem)
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
        return new VerifyResult(added, removed, changed, signature, null, manifest.Files.Count);
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
