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

    /// <summary>Per shingle length, the hashes of the query's shingles (search-core.js).</summary>
    public List<List<uint>> Shingles(string text) =>
        Run($"SiteGenSearch.shingles({JsonSerializer.Serialize(text)})").EnumerateArray().Select(l => l.EnumerateArray().Select(h => h.GetUInt32()).ToList()).ToList();

    /// <summary>Per shingle length, the share of the query's shingles that search-core.js finds in a signature.</summary>
    public List<double> Adjacency(string signature, string text) =>
        Run($"SiteGenSearch.shingles({JsonSerializer.Serialize(text)}).then(function (s) {{ return s.map(function (h) {{ return SiteGenSearch.adjacency({JsonSerializer.Serialize(signature)}, h); }}); }})")
            .EnumerateArray().Select(e => e.GetDouble()).ToList();

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
