namespace SiteGen.Rendering.Views;

/// <summary>A link for templates: text and a site-root-relative URL (templates prefix it with page.root).</summary>
internal sealed record LinkView(string Title, string Url)
{
    public static LinkView To(string title, string outputPath) => new(title, RelativeUrl.Escape(outputPath));
}
