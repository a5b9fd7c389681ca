namespace SiteGen.Serving;

/// <summary>
/// The security headers plain HTTP allows, sent with every response by `sitegen serve` and written
/// into deploy/nginx.conf (a test holds the two equal). The policy matches the theme's CSP meta tag
/// and adds what only a header can say: frame-ancestors.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; media-src 'self'; font-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    public static IReadOnlyList<KeyValuePair<string, string>> All { get; } =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        new("X-Content-Type-Options", "nosniff"),
        new("Referrer-Policy", "strict-origin-when-cross-origin"),
        new("X-Frame-Options", "SAMEORIGIN"),
    ];
}
