using System.Security.Cryptography;

namespace SiteGen.Output;

/// <summary>
/// The ECDSA key (P-256 recommended) that signs the integrity manifest, from a PEM private key
/// (`openssl ecparam -name prime256v1 -genkey -noout -out key.pem`). A class rather than a record,
/// so the key never appears in a ToString of the build options.
/// </summary>
internal sealed class SigningKey : IDisposable
{
    private readonly ECDsa _key;

    private SigningKey(ECDsa key) => _key = key;

    /// <summary>The key in a PEM text; throws <see cref="CryptographicException"/> or <see cref="ArgumentException"/> when it is not an EC private key.</summary>
    public static SigningKey FromPem(string pem)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            // A public key imports too, but cannot sign: fail now, not after the whole build.
            key.ExportParameters(includePrivateParameters: true);
            return new SigningKey(key);
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    public byte[] Sign(byte[] data) => _key.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);

    /// <summary>Checks a signature made by <see cref="Sign"/> with the matching public key (PEM).</summary>
    public static bool Verify(byte[] data, byte[] signature, string publicKeyPem)
    {
        using var key = ECDsa.Create();
        key.ImportFromPem(publicKeyPem);
        return key.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
    }

    public override string ToString() => nameof(SigningKey);

    public void Dispose() => _key.Dispose();
}
