namespace SiteGen.Rendering;

/// <summary>
/// Markup that is already safe (rendered and sanitized Markdown, the output of theme partials).
/// It is the only value the template context writes without escaping.
/// </summary>
internal sealed record RawHtml(string Html)
{
    public override string ToString() => Html;
}

/// <summary>
/// Markup of the theme or of code that writes itself into a page, unescaped, without a string
/// of its own first (a page's body, its meta tags); <see cref="object.ToString"/> gives the same
/// markup for a template that uses it as a value.
/// </summary>
internal interface IMarkup
{
    void WriteTo(System.Text.StringBuilder output);
}
