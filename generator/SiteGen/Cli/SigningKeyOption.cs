using System.Security.Cryptography;
using SiteGen.Output;

namespace SiteGen.Cli;

/// <summary>
/// `build --sign-key FILE` or the SITEGEN_SIGNING_KEY environment variable (the PEM text, as CI
/// secrets are given). A key is a secret: it must not sit in the site folder (which is a
/// repository) nor in the output (which is published), and such a key is refused.
/// </summary>
internal static class SigningKeyOption
{
    public const string EnvironmentVariable = "SITEGEN_SIGNING_KEY";

    public static SigningKey? Load(string? file, string sourceDir, string? outDir)
    {
        string pem, origin;
        if (file is not null)
        {
            var full = Path.GetFullPath(file);
            if (IsInside(sourceDir, full) || (outDir is not null && IsInside(outDir, full)))
                throw new UsageException($"私钥“{file}”在站点目录或输出目录中：私钥不能进入仓库或被发布。请放在站点目录之外（如 /etc/sitegen/），或用环境变量 {EnvironmentVariable} 传入（the signing key must stay outside the site and the output）。");
            if (!File.Exists(full)) throw new UsageException($"私钥文件“{file}”不存在（key file not found）。");
            pem = File.ReadAllText(full);
            origin = file;
        }
        else if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env)
        {
            pem = env;
            origin = EnvironmentVariable;
        }
        else return null;
        try
        {
            return SigningKey.FromPem(pem);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            throw new UsageException($"{origin} 不是 PEM 格式的 ECDSA 私钥（not a PEM ECDSA private key: {e.Message}）。生成方法：openssl ecparam -name prime256v1 -genkey -noout -out key.pem");
        }
    }

    private static bool IsInside(string dir, string path) =>
        (Path.GetFullPath(path).TrimEnd('/') + "/").StartsWith(Path.GetFullPath(dir).TrimEnd('/') + "/", StringComparison.Ordinal);
}
