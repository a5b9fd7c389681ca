using System.Text;

namespace SiteGen.Rendering;

/// <summary>
/// Markup the template context writes without escaping — the only values it does not escape: a
/// string of markup already safe (<see cref="RawHtml"/>), or markup made by the theme or by code
/// that writes itself into the page without a string of its own first (a page's body, its meta
/// tags, its breadcrumb trail). <see cref="object.ToString"/> gives the same markup, for a
/// template that uses it as a value.
/// </summary>
internal interface IMarkup
{
    void WriteTo(StringBuilder output);

    /// <summary>The markup as a string: what <see cref="object.ToString"/> of a kind that writes itself gives.</summary>
    static string ToString(IMarkup markup)
    {
        var html = new StringBuilder();
        markup.WriteTo(html);
        return html.ToString();
    }
}

/// <summary>Markup that is already safe and a string: rendered and sanitized Markdown, the output of theme partials.</summary>
internal sealed record RawHtml(string Html) : IMarkup
{
    public void WriteTo(StringBuilder output) => output.Append(Html);

    public override string ToString() => Html;
}
