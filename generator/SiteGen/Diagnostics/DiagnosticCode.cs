namespace SiteGen.Diagnostics;

/// <summary>
/// One kind of problem SiteGen reports, as listed in <see cref="DiagnosticCodes"/>: the stable code
/// tools and tests match on (printed as is in every diagnostic), its usual severity (null when it
/// depends on where it is found), a short Chinese title, and what it means and how to fix it.
/// </summary>
internal sealed record DiagnosticCode(string Id, Severity? Severity, string Title, string Explanation)
{
    public override string ToString() => Id;
}
