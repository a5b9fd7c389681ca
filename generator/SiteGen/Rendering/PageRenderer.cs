using System.Collections.Concurrent;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Diagnostics;
using SiteGen.Rendering.Views;

namespace SiteGen.Rendering;

/// <summary>
/// Renders one page: the page kind's template, then (for HTML pages) the theme's base layout around
/// it. Each rendering thread keeps its own template context; templates are shared.
/// A template error becomes a diagnostic naming both places: the content file and the template line.
/// </summary>
internal sealed class PageRenderer(Theme theme, SiteView site, DiagnosticBag diagnostics)
{
    public const string BaseLayout = "base";
    private readonly ThreadLocal<HtmlTemplateContext> _contexts = Contexts(theme);

    /// <summary>A template context per thread; what `include_cached` rendered is shared by all of them (the site does not change during a build).</summary>
    private static ThreadLocal<HtmlTemplateContext> Contexts(Theme theme)
    {
        var partials = new ConcurrentDictionary<string, HtmlTemplateContext.CachedPartial>(StringComparer.Ordinal);
        return new(() => new HtmlTemplateContext(theme, partials));
    }

    /// <summary>A page as a string (pages kept, such as the offline copies'); null when a template failed (the error is reported).</summary>
    public string? Render(string templateName, PageView page, string sourcePath, IReadOnlyDictionary<string, object?>? values = null, bool layout = true) =>
        RenderText(templateName, page, sourcePath, values, layout)?.ToString();

    /// <summary>
    /// A page's text, valid until this thread renders its next page (pages written at once need no
    /// string of their own); null when a template failed (the error is reported).
    /// </summary>
    public ReadOnlyMemory<char>? RenderText(string templateName, PageView page, string sourcePath, IReadOnlyDictionary<string, object?>? values = null, bool layout = true)
    {
        var template = theme.Get(templateName);
        var baseTemplate = layout ? theme.Get(BaseLayout) : null;
        if (template is null || (layout && baseTemplate is null)) return null;
        var context = _contexts.Value!;
        var globals = new ScriptObject
        {
            ["site"] = site,
            ["page"] = page,
            ["root"] = page.Root,
        };
        if (values is not null)
            foreach (var (k, v) in values) globals[k] = v;
        context.PushGlobal(globals);
        try
        {
            if (baseTemplate is null) return context.RenderText(template);
            globals["content"] = context.RenderBody(template);
            return context.RenderText(baseTemplate);
        }
        catch (ScriptRuntimeException e)
        {
            var file = theme.DisplayPath(e.Span.FileName ?? templateName);
            diagnostics.Error(SourcePosition.FileStart(sourcePath), DiagnosticCodes.Theme,
                $"渲染页面 {page.Path} 时模板出错：{file}:{e.Span.Start.Line + 1}:{e.Span.Start.Column + 1}: {e.OriginalMessage}",
                "请修正主题模板（或站点 layouts/ 中覆盖的模板）。");
            return null;
        }
        finally
        {
            context.PopGlobal();
        }
    }
}
