using SiteGen.Diagnostics;
using SiteGen.Text;

namespace SiteGen.Configuration;

/// <summary>The `limits:` block of site.yml: each key a positive whole number within a sane range, else an error and the default.</summary>
internal static class ContentLimitsReader
{
    // Each key and the highest value accepted: a limit raised beyond these would no longer bound a build.
    private static readonly (string Key, int Max)[] Keys =
    [
        ("max_markdown_kb", 64 * 1024),
        ("max_line_chars", 200_000),
        ("max_attachment_mb", 64 * 1024),
        ("max_html_depth", 1000),
    ];

    public static ContentLimits Read(FieldReader r)
    {
        var defaults = ContentLimits.Default;
        if (r.Map("limits") is not { } l) return defaults;
        int Value(string key, int fallback)
        {
            var max = Keys.Single(k => k.Key == key).Max;
            var n = l.Integer(key);
            if (n is null) return fallback;
            if (n is > 0 && n <= max) return n.Value;
            l.Diagnostics.Error(l.PositionOf(key), DiagnosticCodes.BadValue, $"limits 的 {key} 应是 1 到 {max} 之间的整数，现在是 {n}。", $"不写则用默认值 {fallback}。");
            return fallback;
        }
        var limits = new ContentLimits
        {
            MaxMarkdownKb = Value("max_markdown_kb", defaults.MaxMarkdownKb),
            MaxLineChars = Value("max_line_chars", defaults.MaxLineChars),
            MaxAttachmentMb = Value("max_attachment_mb", defaults.MaxAttachmentMb),
            MaxHtmlDepth = Value("max_html_depth", defaults.MaxHtmlDepth),
        };
        l.WarnUnknownKeys(Keys.Select(k => k.Key).ToList(), "limits ");
        return limits;
    }
}
