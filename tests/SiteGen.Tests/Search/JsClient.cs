using System.Text.Json;
using Jint;
using SiteGen.Tests.Infrastructure;

namespace SiteGen.Tests.Search;

/// <summary>The theme's search-core.js in Jint, reading index parts from a built site's search/ folder.</summary>
internal sealed class JsClient
{
    private readonly Engine _engine = new(o => o.LimitRecursion(256).TimeoutInterval(TimeSpan.FromSeconds(30)));

    public JsClient(string siteOut)
    {
        _engine.Execute("var window = globalThis; var self = globalThis;");
        _engine.Execute(File.ReadAllText(Path.Combine(Repo.Root, "themes", "default", "static", "js", "search-core.js")));
        _engine.SetValue("__load", new Action<string, string>((path, _) => _engine.Execute(File.ReadAllText(path))));
        _engine.Execute($"SiteGenSearch.configure({{ base: {JsonSerializer.Serialize(Path.Combine(siteOut, "search") + "/")}, loader: __load }});");
    }

    public JsonElement Query(string text, object? filters = null) =>
        Run($"SiteGenSearch.query({JsonSerializer.Serialize(text)}, {JsonSerializer.Serialize(filters ?? new { })})");

    public List<string> Terms(string text) => Run($"SiteGenSearch.terms({JsonSerializer.Serialize(text)})").EnumerateArray().Select(e => e.GetString()!).ToList();

    public List<string> Urls(string text, object? filters = null) =>
        Query(text, filters).GetProperty("results").EnumerateArray().Select(r => r.GetProperty("url").GetString()!).ToList();

    /// <summary>The query's phrase fingerprints (search-core.js), ascending.</summary>
    public List<uint> Fingerprints(string text) =>
        Run($"SiteGenSearch.fingerprints({JsonSerializer.Serialize(text)})").EnumerateArray().Select(h => h.GetUInt32()).ToList();

    /// <summary>The query's title key term (search-core.js).</summary>
    public string TitleKey(string text) => Run($"SiteGenSearch.titleKey({JsonSerializer.Serialize(text)})").GetString()!;

    /// <summary>The ids of the index parts loaded so far.</summary>
    public List<string> Loaded() => Run("Promise.resolve(SiteGenSearch.loaded())").EnumerateArray().Select(e => e.GetString()!).ToList();

    private JsonElement Run(string expression)
    {
        _engine.Execute($"var __out; ({expression}).then(function (r) {{ __out = JSON.stringify(r); }}, function (e) {{ __out = JSON.stringify({{ error: String(e) }}); }});");
        _engine.Advanced.ProcessTasks();
        var json = _engine.GetValue("__out").AsString();
        var doc = JsonDocument.Parse(json).RootElement;
        if (doc.ValueKind == JsonValueKind.Object && doc.TryGetProperty("error", out var e)) throw new InvalidOperationException(e.GetString());
        return doc;
    }
}
