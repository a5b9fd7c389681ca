using System.Security.Cryptography;
using System.Text.Json;
using SiteGen.Text;

namespace SiteGen.Output;

/// <summary>
/// 防篡改清单: every file of a build with its SHA-256, and which build it was (SiteGen version,
/// build date, source commit, site id), written to .sitegen/manifest.json (sorted, no clock time,
/// so identical builds give identical manifests) and signed to .sitegen/manifest.sig when a key is
/// given. `sitegen verify` compares a served folder against it. The signature is a DER ECDSA
/// signature over the manifest's bytes, which `openssl dgst -sha256 -verify` also checks
/// (docs/manifest.md).
/// </summary>
internal sealed record IntegrityManifest(IReadOnlyDictionary<string, string> Files)
{
    /// <summary>Which build wrote the files; null for a manifest of the first format, which did not say.</summary>
    public BuildProvenance? Provenance { get; init; }

    public const string Folder = ".sitegen";
    public const string FolderPrefix = Folder + "/";
    public const string ManifestPath = ".sitegen/manifest.json";
    public const string SignaturePath = ".sitegen/manifest.sig";
    private const string Format = "sitegen-manifest/2";
    /// <summary>Manifests of SiteGen before 0.2 (files only) still verify; they name no build.</summary>
    private const string FilesOnlyFormat = "sitegen-manifest/1";

    /// <summary>Hashes every file under root except the manifest and its signature (`sitegen verify`).</summary>
    public static IntegrityManifest Compute(string root) => Compute(root, OutputTree.Files(root), null);

    /// <summary>
    /// As <see cref="Compute(string)"/> for the listed files (relative to root); <paramref name="known"/>
    /// gives the hashes taken when files were written, and only the others are read.
    /// </summary>
    public static IntegrityManifest Compute(string root, IEnumerable<string> listed, IReadOnlyDictionary<string, string>? known)
    {
        var files = listed.Where(f => f is not (ManifestPath or SignaturePath)).ToArray();
        var hashes = new string[files.Length];
        Parallel.For(0, files.Length, i => hashes[i] = known?.GetValueOrDefault(files[i]) ?? Hash(Path.Combine(root, files[i])));
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++) map[files[i]] = hashes[i];
        return new IntegrityManifest(map);
    }

    public static string Hash(string file)
    {
        // Unbuffered: HashData reads through a pooled buffer of its own, and a FileStream buffer
        // was 64 KB allocated for each of the ~2,000 files (PDFs, images, zips) a build copies.
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>The manifest of everything written so far, as it will be saved (made beside the link check).</summary>
    public static byte[] Of(OutputWriter output, BuildProvenance provenance) =>
        (Compute(output.Root, output.Files, output.HashesByPath()) with { Provenance = provenance }).ToJson();

    /// <summary>The build's last stage before the swap: writes the manifest and, given a key, its signature.</summary>
    public static void Write(OutputWriter output, byte[] json, SigningKey? key)
    {
        output.WriteBytes(ManifestPath, json, "sitegen");
        if (key is not null) output.WriteBytes(SignaturePath, key.Sign(json), "sitegen");
    }

    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("format", Provenance is null ? FilesOnlyFormat : Format);
            if (Provenance is { } p)
            {
                w.WriteString("generator", "SiteGen");
                w.WriteString("version", p.Version);
                w.WriteString("built", Dates.Iso(p.Built));
                if (p.Commit is null) w.WriteNull("commit");
                else w.WriteString("commit", p.Commit);
                w.WriteString("site", p.Site);
            }
            w.WriteString("algorithm", "sha256");
            w.WriteStartObject("files");
            foreach (var (path, hash) in Files.OrderBy(f => f.Key, StringComparer.Ordinal)) w.WriteString(path, hash);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Reads a manifest; null when it is not one (damaged or replaced).</summary>
    public static IntegrityManifest? Parse(byte[] json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.GetString() is not (Format or FilesOnlyFormat)
                || !root.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Object) return null;
            BuildProvenance? provenance = null;
            if (format.GetString() == Format)
            {
                provenance = ReadProvenance(root);
                if (provenance is null) return null;
            }
            var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var f in files.EnumerateObject())
            {
                if (f.Value.ValueKind != JsonValueKind.String) return null;
                map[f.Name] = f.Value.GetString()!;
            }
            return new IntegrityManifest(map) { Provenance = provenance };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static BuildProvenance? ReadProvenance(JsonElement root)
    {
        string? Text(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var version = Text("version");
        var site = Text("site");
        if (version is null || site is null || !Dates.TryParseIso(Text("built"), out var built)) return null;
        return new BuildProvenance(version, built, Text("commit"), site);
    }
}
