using System.Collections.Concurrent;
using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Text.Escaping;

namespace SiteGen.Rendering;

/// <summary>
/// A Scriban context that escapes every value a template writes, unless it is markup (<see cref="IMarkup"/>).
/// Theme authors cannot forget to escape a title: `{{ doc.title }}` is always text, in element
/// content and in quoted attributes alike (the same escaping is valid XML for feeds and sitemaps;
/// see <see cref="MarkupText"/>).
/// The results of `include` are markup of the theme itself, so they pass through unchanged.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    /// <param name="loader">The theme.</param>
    /// <param name="partials">
    /// The output of `include_cached`, shared by the threads of one build: the key is the partial's
    /// name and the values passed after it, so the theme names there everything the partial shows.
    /// </param>
    public HtmlTemplateContext(ITemplateLoader loader, ConcurrentDictionary<string, CachedPartial>? partials = null)
    {
        TemplateLoader = loader;
        StrictVariables = true;
        EnableRelaxedMemberAccess = true;
        LoopLimit = 0;
        LimitToString = 0;
        RecursiveLimit = 64;
        // Auto-indent re-indents every line a statement writes to the column of its `{{`: it
        // splits each write at every newline (a page's body into one write per line) and would
        // shift the lines of a <pre> written from an indented statement. Only the sitemap's nested
        // lists changed without it (in their indentation). 20k build: -4% wall.
        AutoIndent = false;
        var include = (IScriptCustomFunction)BuiltinObject["include"]!;
        BuiltinObject.SetValue("include", new RawResultFunction(include), readOnly: true);
        BuiltinObject.SetValue("include_cached", new CachedIncludeFunction(include, partials ?? new(StringComparer.Ordinal)), readOnly: true);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case IMarkup markup:
                if (Output is StringBuilderOutput output) markup.WriteTo(output.Builder);
                else Write(markup.ToString());
                return this;
            case string s:
                Write(MarkupText.Escape(s));
                return this;
            default:
                Write(MarkupText.Escape(ObjectToString(textAsObject) ?? ""));
                return this;
        }
    }

    private readonly StringBuilderOutput _pageBody = new();
    private readonly StringBuilderOutput _pageText = new();

    /// <summary>
    /// Renders a page kind's template into this context's own buffer, as Template.Render would
    /// but without making a string of it: the base layout writes it where it says `{{ content }}`
    /// (see <see cref="PageBody"/>). A string of every page's body was a page-sized copy and most
    /// of a page's size again in allocations (350 MB of strings for 20,000 documents).
    /// </summary>
    public PageBody RenderBody(Template template) => new(RenderInto(_pageBody, template));

    /// <summary>
    /// Renders a whole page (the base layout, or a template without one) and gives its text
    /// without making a string of it: it is encoded, scanned for links and hashed from here.
    /// Valid until this context renders its next page.
    /// </summary>
    public ReadOnlyMemory<char> RenderText(Template template)
    {
        var builder = RenderInto(_pageText, template);
        // One chunk, except when this page outgrew the buffer (cleared, it is one chunk again).
        foreach (var chunk in builder.GetChunks()) return chunk.Length == builder.Length ? chunk : builder.ToString().AsMemory();
        return ReadOnlyMemory<char>.Empty;
    }

    /// <summary>Evaluates a template into <paramref name="output"/> (cleared first), as Template.Render does into the context's output.</summary>
    private StringBuilder RenderInto(StringBuilderOutput output, Template template)
    {
        output.Builder.Clear();
        if (template.Page is null) return output.Builder;
        PushOutput(output);
        if (template.SourceFilePath is not null) PushSourceFile(template.SourceFilePath);
        try
        {
            UseScientific = template.LexerOptions.Lang == ScriptLang.Scientific;
            var result = Evaluate(template.Page);
            if (EnableOutput && result is not null) Write(template.Page.Span, result);
        }
        finally
        {
            if (template.SourceFilePath is not null) PopSourceFile();
            PopOutput();
        }
        return output.Builder;
    }

    /// <summary>
    /// A page body rendered by <see cref="RenderBody"/>: markup of the theme, written unescaped and
    /// copied straight from the buffer; valid until the context renders the next page.
    /// </summary>
    internal sealed class PageBody(StringBuilder builder) : IMarkup
    {
        public void WriteTo(StringBuilder output) => output.Append(builder);
        public override string ToString() => builder.ToString();
    }

    /// <summary>
    /// `include_cached 'partials/header' root page.section`: the partial is rendered once per
    /// distinct list of values and its markup reused (as Hugo's partialCached). A site's header,
    /// navigation and footer are the same on every page of a folder depth and section, and the base
    /// layout around each of 20,000 pages was a quarter of their processor time. The values
    /// are passed to the partial as `$1`, `$2`…, like include's.
    /// </summary>
    private sealed class CachedIncludeFunction(IScriptCustomFunction include, ConcurrentDictionary<string, CachedPartial> cache) : MarkupFunction(include)
    {
        public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var key = string.Join('\u001f', arguments.Select(a => a is null ? "\u0000" : context.ObjectToString(a)));
            // One rendering per key, also when two threads ask at once; always with the calling
            // thread's own context (a context holds the page it is rendering and is not thread-safe).
            var entry = cache.GetOrAdd(key, _ => new CachedPartial());
            lock (entry.Lock) entry.Html ??= Inner.Invoke(context, callerContext, arguments, blockStatement) as string ?? "";
            return new RawHtml(entry.Html);
        }
    }

    /// <summary>The markup of one `include_cached` key, rendered by the first thread that asks for it.</summary>
    internal sealed class CachedPartial
    {
        public readonly Lock Lock = new();
        public string? Html;
    }

    /// <summary>Wraps a function so that its string result is written unescaped.</summary>
    private sealed class RawResultFunction(IScriptCustomFunction inner) : MarkupFunction(inner)
    {
        public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            Inner.Invoke(context, callerContext, arguments, blockStatement) is string s ? new RawHtml(s) : null;
    }

    /// <summary>A function in place of <paramref name="inner"/> (include), taking its parameters and giving markup (<see cref="RawHtml"/>).</summary>
    private abstract class MarkupFunction(IScriptCustomFunction inner) : IScriptCustomFunction
    {
        protected IScriptCustomFunction Inner => inner;
        public int RequiredParameterCount => inner.RequiredParameterCount;
        public int ParameterCount => inner.ParameterCount;
        public ScriptVarParamKind VarParamKind => inner.VarParamKind;
        public Type ReturnType => typeof(RawHtml);
        public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

        public abstract object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement);

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
    }
}
