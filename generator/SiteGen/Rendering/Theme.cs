using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using SiteGen.Diagnostics;

namespace SiteGen.Rendering;

/// <summary>
/// The theme's Scriban layouts. A site overrides any theme file by putting one with the same name
/// in its own layouts/ folder. Templates are parsed once and shared by all rendering threads.
/// </summary>
internal sealed class Theme : ITemplateLoader
{
    public const string Extension = ".sbn";
    private readonly IReadOnlyList<string> _layoutDirs;
    private readonly ConcurrentDictionary<string, Template?> _cache = new(StringComparer.Ordinal);
    // Scriban asks the loader for a path on every `include` call, before its own cache: without
    // this, each page would probe the file system once per partial.
    private readonly ConcurrentDictionary<string, string?> _paths = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics;
    private readonly string _siteDir;

    public Theme(string siteDir, string themeDir, DiagnosticBag diagnostics)
    {
        _siteDir = siteDir;
        ThemeDir = themeDir;
        _layoutDirs = [Path.Combine(siteDir, "layouts"), Path.Combine(themeDir, "layouts")];
        _diagnostics = diagnostics;
    }

    public string ThemeDir { get; }

    /// <summary>Static files of the theme (css, js, images), copied to the output root; site static/ overrides.</summary>
    public IEnumerable<string> StaticDirs => [Path.Combine(ThemeDir, "static"), Path.Combine(_siteDir, "static")];

    /// <summary>
    /// Finds the theme folder: the site's own themes/NAME, else the one shipped beside the generator
    /// (copied there at build), else the repository's themes/ when running from a source checkout.
    /// </summary>
    public static string? Locate(string siteDir, string name)
    {
        var candidates = new[]
        {
            Path.Combine(siteDir, "themes", name),
            Path.Combine(AppContext.BaseDirectory, "themes", name),
        };
        return candidates.FirstOrDefault(Directory.Exists);
    }

    public Template? Get(string name) => _cache.GetOrAdd(name, Parse);

    private Template? Parse(string name)
    {
        var file = Find(name);
        if (file is null)
        {
            _diagnostics.Error(SourcePosition.FileStart($"layouts/{name}{Extension}"), "theme", $"主题中缺少模板 {name}{Extension}。", $"在 {ThemeDir}/layouts/ 或站点的 layouts/ 中提供它。");
            return null;
        }
        var template = Template.Parse(File.ReadAllText(file), file);
        if (template.HasErrors)
        {
            foreach (var m in template.Messages)
                _diagnostics.Error(new SourcePosition(DisplayPath(file), m.Span.Start.Line + 1, m.Span.Start.Column + 1), "theme", $"模板语法错误：{m.Message}");
            return null;
        }
        return template;
    }

    public string DisplayPath(string file) => Path.GetRelativePath(_siteDir, file).Replace('\\', '/');

    private string? Find(string name) => _paths.GetOrAdd(name, Probe);

    private string? Probe(string name)
    {
        var relative = name.EndsWith(Extension, StringComparison.Ordinal) ? name : name + Extension;
        if (relative.Contains("..", StringComparison.Ordinal)) return null;
        return _layoutDirs.Select(d => Path.Combine(d, relative)).FirstOrDefault(File.Exists);
    }

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        Find(templateName) ?? throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"找不到模板 {templateName}{Extension}");

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(File.ReadAllText(templatePath));
}
