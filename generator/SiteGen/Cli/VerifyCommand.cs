using System.Security.Cryptography;
using SiteGen.Output;
using SiteGen.Text;

namespace SiteGen.Cli;

/// <summary>`sitegen verify`: is the served folder exactly what the build wrote? For operators and cron.</summary>
internal sealed class VerifyCommand : ICommand
{
    public string Name => "verify";
    public string Summary => "检查网站文件是否被篡改 (verify the output against its manifest)";
    public string Usage => """
        用法: sitegen verify [--out DIR] [--public-key FILE] [--min-build-date YYYY-MM-DD] [--expect-commit SHA]

          -o, --out DIR                要检查的网站目录（默认：./public），即 sitegen build 的输出
          --public-key FILE            签名公钥（PEM）。给出时，清单必须带有效签名，否则判为被篡改。
          --min-build-date YYYY-MM-DD  构建日期不得早于此日期（防止换上旧的已签名版本）
          --expect-commit SHA          清单记录的源提交必须是它（完整或至少 7 位前缀）

        列出构建之后新增、删除和修改的每个文件，并显示清单记录的 SiteGen 版本、构建日期、源提交和网站标识。
        与 --public-key 一起使用时，这些记录受签名保护。
        退出码: 0 与构建时一致, 1 发现改动或签名无效, 2 用法错误
        """;

    public int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        var root = Path.GetFullPath(args.Option("out") ?? "public");
        var keyFile = args.Option("public-key");
        var minDate = args.Option("min-build-date");
        var commit = args.Option("expect-commit");
        CommandLine.RejectUnknown(args);
        DateOnly? min = null;
        if (minDate is not null)
        {
            if (!Dates.TryParseIso(minDate, out var d)) throw new UsageException($"--min-build-date“{minDate}”不是 YYYY-MM-DD 格式的日期（date must be YYYY-MM-DD）。");
            min = d;
        }
        if (commit is not null && (commit.Length < 7 || commit.Length > 64 || !commit.All(char.IsAsciiHexDigit)))
            throw new UsageException($"--expect-commit“{commit}”不是提交号（7 到 64 位十六进制数字；not a commit id）。");
        if (!Directory.Exists(root)) throw new UsageException($"网站目录“{root}”不存在。");
        string? publicKey = null;
        if (keyFile is not null)
        {
            if (!File.Exists(keyFile)) throw new UsageException($"公钥文件“{keyFile}”不存在。");
            publicKey = File.ReadAllText(keyFile);
            try
            {
                using var probe = ECDsa.Create();
                probe.ImportFromPem(publicKey);
            }
            catch (Exception e) when (e is ArgumentException or CryptographicException)
            {
                throw new UsageException($"“{keyFile}”不是 PEM 格式的 ECDSA 公钥（{e.Message}）。");
            }
        }

        var result = OutputVerifier.Verify(root, publicKey, new BuildExpectations(min, commit));
        if (result.ManifestProblem is not null) stdout.WriteLine($"清单有问题（manifest）：{result.ManifestProblem}");
        if (result.Provenance is { } build)
            stdout.WriteLine($"构建（build）：SiteGen {build.Version}，构建日期 {Dates.Iso(build.Built)}，源提交 {build.Commit ?? "未知（unknown）"}，网站 {build.Site}");
        else if (result.ManifestProblem is null) stdout.WriteLine("构建（build）：清单是旧格式，没有记录版本、日期和提交。");
        foreach (var problem in result.BuildProblems) stdout.WriteLine($"构建不符（build）：{problem}");
        foreach (var p in result.Added) stdout.WriteLine($"新增（added）：{p}");
        foreach (var p in result.Removed) stdout.WriteLine($"删除（removed）：{p}");
        foreach (var p in result.Changed) stdout.WriteLine($"修改（changed）：{p}");
        stdout.WriteLine(result.Signature switch
        {
            SignatureState.Valid => "签名有效（signature valid）。",
            SignatureState.Invalid => "签名无效（signature invalid）：清单被改动，或不是用该公钥对应的私钥签名的。",
            SignatureState.Missing => "缺少签名（signature missing）：没有 .sitegen/manifest.sig。",
            _ => "未检查签名（未给出 --public-key）。",
        });
        if (result.Intact)
        {
            stdout.WriteLine($"一致：{result.FileCount} 个文件与构建时相同 → {root}");
            return ExitCodes.Ok;
        }
        stderr.WriteLine(result.BuildProblems.Count > 0 && result.Added.Count + result.Removed.Count + result.Changed.Count == 0
            ? $"不符：文件与清单一致，但不是要求的构建 → {root}"
            : $"不一致：{result.Added.Count} 个新增，{result.Removed.Count} 个删除，{result.Changed.Count} 个修改 → {root}");
        return ExitCodes.ContentErrors;
    }
}
