namespace SiteGen.Rendering;

/// <summary>
/// Markup that is already safe (rendered and sanitized Markdown, the output of theme partials).
/// It is the only value the template context writes without escaping.
/// </summary>
internal sealed record RawHtml(string Html)
{
    public override string ToString() => Html;
}
