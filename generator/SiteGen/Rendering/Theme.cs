using System.Collections.Concurrent;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using SiteGen.Content;
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
        _siteBoundary = new(() => new SiteBoundary(siteDir));
        _themeBoundary = new(() => new SiteBoundary(themeDir));
        _staticFiles = new(FindStaticFiles);
    }

    public string ThemeDir { get; }

    // Every file the theme reads stays inside the site, or inside the theme shipped beside SiteGen
    // (SiteGen's own): a layout or static file that is a link leading elsewhere is refused.
    private SiteBoundary BoundaryOf(string file) =>
        IsUnder(_siteDir, file) ? _siteBoundary.Value : _themeBoundary.Value;

    private static bool IsUnder(string dir, string file) =>
        Path.GetFullPath(file).StartsWith(Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private readonly Lazy<SiteBoundary> _siteBoundary;
    private readonly Lazy<SiteBoundary> _themeBoundary;
    private readonly Lazy<List<(string Relative, string File)>> _staticFiles;

    /// <summary>Output path and source file of each static file, the site's own winning over the theme's, every one inside its boundary.</summary>
    public IReadOnlyList<(string Relative, string File)> StaticFiles => _staticFiles.Value;

    private List<(string Relative, string File)> FindStaticFiles()
    {
        var files = new List<(string, string)>();
        // The site's own static/ comes last in StaticDirs but must win, so list it first.
        foreach (var dir in StaticDirs.Reverse().Where(Directory.Exists))
            files.AddRange(BoundaryOf(Path.Combine(dir, "x")).Files(dir, DisplayPath(dir), _diagnostics).Select(f => (f.Relative, f.FullPath)));
        return files;
    }

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
            _diagnostics.Error(SourcePosition.FileStart($"layouts/{name}{Extension}"), DiagnosticCodes.Theme, $"主题中缺少模板 {name}{Extension}。", $"在 {ThemeDir}/layouts/ 或站点的 layouts/ 中提供它。");
            return null;
        }
        var template = Template.Parse(File.ReadAllText(file), file);
        if (template.HasErrors)
        {
            foreach (var m in template.Messages)
                _diagnostics.Error(new SourcePosition(DisplayPath(file), m.Span.Start.Line + 1, m.Span.Start.Column + 1), DiagnosticCodes.Theme, $"模板语法错误：{m.Message}");
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
        var file = _layoutDirs.Select(d => Path.Combine(d, relative)).FirstOrDefault(File.Exists);
        if (file is null || BoundaryOf(file).Escape(file) is not { } escape) return file;
        _diagnostics.Error(SourcePosition.FileStart(DisplayPath(file)), DiagnosticCodes.PathEscape, $"模板“{DisplayPath(file)}”是符号链接，{escape}，不会读取。", "请把模板文件本身放在站点或主题目录里。");
        return null;
    }

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        Find(templateName) ?? throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"找不到模板 {templateName}{Extension}");

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(File.ReadAllText(templatePath));
}
