using System.Security.Cryptography;
using SiteGen.Output;

namespace SiteGen.Cli;

/// <summary>`sitegen verify`: is the served folder exactly what the build wrote? For operators and cron.</summary>
internal sealed class VerifyCommand : ICommand
{
    public string Name => "verify";
    public string Summary => "检查网站文件是否被篡改 (verify the output against its manifest)";
    public string Usage => """
        用法: sitegen verify [--out DIR] [--public-key FILE]

          -o, --out DIR      要检查的网站目录（默认：./public），即 sitegen build 的输出
          --public-key FILE  签名公钥（PEM）。给出时，清单必须带有效签名，否则判为被篡改。

        列出构建之后新增、删除和修改的每个文件。
        退出码: 0 与构建时一致, 1 发现改动或签名无效, 2 用法错误
        """;

    public int Run(Arguments args, TextWriter stdout, TextWriter stderr)
    {
        var root = Path.GetFullPath(args.Option("out") ?? "public");
        var keyFile = args.Option("public-key");
        CommandLine.RejectUnknown(args);
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

        var result = OutputVerifier.Verify(root, publicKey);
        if (result.ManifestProblem is not null) stdout.WriteLine($"清单有问题（manifest）：{result.ManifestProblem}");
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
        stderr.WriteLine($"不一致：{result.Added.Count} 个新增，{result.Removed.Count} 个删除，{result.Changed.Count} 个修改 → {root}");
        return ExitCodes.ContentErrors;
    }
}
