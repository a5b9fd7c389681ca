using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using SiteGen.Build;
using SiteGen.Output;
using SiteGen.Output.Compression;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Deploy;

/// <summary>
/// SiteGen's own DEFLATE encoder: faithful on every edge of the format, and the same bytes on
/// every machine — so a site rebuilt elsewhere matches the published one, .gz twins, zips and
/// manifest included.
/// </summary>
public sealed class CompressionTests
{
    /// <summary>The edges of a compressor: empty, tiny, incompressible (stored blocks over 64 KB), runs, block boundaries.</summary>
    public static TheoryData<string> Inputs => ["empty", "one", "three", "noise-70k", "noise-200k", "text", "run-1m", "small-alphabet-400k", "page"];

    private static byte[] Input(string name)
    {
        var random = new Random(20261206);
        byte[] Noise(int n) { var b = new byte[n]; random.NextBytes(b); return b; }
        return name switch
        {
            "empty" => [],
            "one" => "a"u8.ToArray(),
            "three" => "政"u8.ToArray(),
            "noise-70k" => Noise(70_000),
            "noise-200k" => Noise(200_000),
            "text" => System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>示例区人民政府关于政务公开的通知</p>\n", 5000))),
            "run-1m" => Enumerable.Repeat((byte)'=', 1 << 20).ToArray(),
            // Few distinct bytes, no long repeats: many literals, so many blocks of 16,384 symbols.
            "small-alphabet-400k" => Enumerable.Range(0, 400_000).Select(_ => (byte)"政务公开abc"[random.Next(7)]).ToArray(),
            "page" => File.ReadAllBytes(Path.Combine(Repo.Root, "themes", "default", "layouts", "base.sbn")),
            _ => throw new ArgumentException(name),
        };
    }

    private static byte[] Inflate(Stream compressed)
    {
        using var plain = new MemoryStream();
        compressed.CopyTo(plain);
        return plain.ToArray();
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void GzipAndDeflate_DecompressToTheInput(string name)
    {
        var input = Input(name);
        using (var gzip = new GZipStream(new MemoryStream(Precompressor.Compress(input)), CompressionMode.Decompress)) Assert.Equal(input, Inflate(gzip));
        using (var deflate = new DeflateStream(new MemoryStream(Precompressor.Deflate(input)), CompressionMode.Decompress)) Assert.Equal(input, Inflate(deflate));
    }

    [Fact]
    [Slow]
    public void GzipFiles_PassGzipsOwnTest()
    {
        using var dir = new TempDir("sitegen-gz");
        foreach (var name in new[] { "empty", "noise-200k", "text", "small-alphabet-400k" })
            File.WriteAllBytes(dir.File(name + ".gz"), Precompressor.Compress(Input(name)));
        var psi = new ProcessStartInfo("gzip", ["-t", "-v", .. Directory.GetFiles(dir.Path)]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var gzip = Process.Start(psi)!;
        var output = gzip.StandardError.ReadToEnd() + gzip.StandardOutput.ReadToEnd();
        gzip.WaitForExit();
        Assert.True(gzip.ExitCode == 0, output);
    }

    [Fact]
    public void GzipHeader_HasNoNameNoTimeAndAFixedSystem()
    {
        var a = Precompressor.Compress("<p>政务公开</p>"u8.ToArray());
        Assert.Equal([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 4, 0xff], a[..10]);
    }

    /// <summary>
    /// The bytes themselves, fixed: any machine, processor or .NET build that gave other bytes would
    /// make published sites unverifiable by a rebuild. A deliberate change of the encoder updates
    /// these (and says so in the changelog, since every .gz of a site changes).
    /// </summary>
    [Theory]
    [InlineData("text", "8d5c28a1c66a0df6")]
    [InlineData("noise-70k", "93ec3ed032b86643")]
    [InlineData("small-alphabet-400k", "f317d421db0abae3")]
    [InlineData("run-1m", "b28defeebf410846")]
    public void CompressedBytes_AreTheSameOnEveryMachine(string name, string sha256Prefix)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Precompressor.Compress(Input(name))));
        Assert.StartsWith(sha256Prefix, hash);
    }

    [Fact]
    public void RatioOnPages_StaysWhereLibdeflatesFastestLevelWas()
    {
        // The compressor replaced libdeflate level 1 at the same ratio on the sample's pages (0.39);
        // a change that fell back to stored or static blocks would show here.
        var page = Input("text");
        Assert.True(Precompressor.Compress(page).Length < page.Length / 20);
        var html = string.Concat(Enumerable.Range(0, 300).Select(i => $"<li><a href=\"../xxgk/tzgg/2025/tzgg-{i:000}.html\">关于第{i}批政务公开事项的通知</a><span>2025-{i % 12 + 1:00}-{i % 28 + 1:00}</span></li>\n"));
        var bytes = System.Text.Encoding.UTF8.GetBytes(html);
        Assert.InRange(Precompressor.Compress(bytes).Length / (double)bytes.Length, 0.02, 0.2);
    }

    [Fact]
    [Slow]
    public async Task SampleSite_BuiltWithoutTheProcessorsVectorUnits_IsByteIdentical()
    {
        // .NET picks vectorised code paths (CRC-32, span search, copying) by processor; with them
        // all switched off the site must not change by a byte — the build's output does not depend
        // on the machine's processor.
        using var a = new TempDir("sitegen-a");
        using var b = new TempDir("sitegen-b");
        SiteBuilder.Build(new BuildOptions { SourceDir = Repo.Root, OutputDir = a.Path, AsOf = DateOnly.Parse("2026-06-30") });
        var psi = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "sitegen.dll"), "build", "--source", Repo.Root, "--out", b.Path, "--as-of", "2026-06-30"])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.Environment["DOTNET_EnableHWIntrinsic"] = "0";
        using var child = Process.Start(psi)!;
        var output = child.StandardOutput.ReadToEndAsync();
        var errors = await child.StandardError.ReadToEndAsync();
        await child.WaitForExitAsync();
        Assert.True(child.ExitCode == 0, errors + await output);
        var first = OutputScanner.Hashes(a.Path);
        var second = OutputScanner.Hashes(b.Path);
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        Assert.Empty(first.Where(f => second[f.Key] != f.Value).Select(f => f.Key));
        Assert.Contains(first.Keys, k => k.EndsWith(".gz", StringComparison.Ordinal));
        Assert.Contains(first.Keys, k => k.EndsWith(".zip", StringComparison.Ordinal));
    }
}
