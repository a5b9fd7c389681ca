using System.Globalization;
using SiteGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Text;

/// <summary>
/// Reads typed values out of a YAML mapping and reports, with position, every value that is
/// missing, malformed or of the wrong kind. It remembers which keys were asked for, so
/// <see cref="UnknownKeys"/> can warn about typos such as `catgory`.
/// </summary>
internal sealed class FieldReader
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"];

    private readonly YamlMappingNode _map;
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);

    public FieldReader(YamlMappingNode map, string path, int lineOffset, DiagnosticBag diagnostics, SourcePosition? owner = null)
    {
        _map = map;
        Path = path;
        LineOffset = lineOffset;
        Diagnostics = diagnostics;
        Owner = owner ?? YamlText.At(path, map, lineOffset);
    }

    public string Path { get; }
    public int LineOffset { get; }
    public DiagnosticBag Diagnostics { get; }

    /// <summary>Where to point when a required key is missing: the start of the mapping.</summary>
    public SourcePosition Owner { get; }

    public YamlMappingNode Node => _map;

    public SourcePosition At(YamlNode node) => YamlText.At(Path, node, LineOffset);

    public YamlNode? Raw(string key)
    {
        _asked.Add(key);
        return _map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    public bool Has(string key) => Raw(key) is not null and not YamlScalarNode { Value: null or "" };

    public SourcePosition PositionOf(string key) => Raw(key) is { } node ? At(node) : Owner;

    public string? String(string key, bool required = false, string? label = null)
    {
        var node = Raw(key);
        if (node is null || node is YamlScalarNode { Value: null or "" } && node.Tag.IsEmpty)
        {
            if (required) MissingKey(key, label);
            return null;
        }
        if (node is not YamlScalarNode scalar)
        {
            Diagnostics.Error(At(node), DiagnosticCodes.BadValue, $"“{key}”应是一段文字，不是列表或子项。", $"写成 `{key}: 值`。");
            return null;
        }
        var value = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (required) MissingKey(key, label);
            return null;
        }
        return value;
    }

    public void MissingKey(string key, string? label = null) =>
        Diagnostics.Error(Owner, DiagnosticCodes.MissingKey, $"缺少必填项“{key}”{(label is null ? "" : $"（{label}）")}。", $"请在文档属性（front matter）中加上 `{key}: …`。");

    public DateTime? Date(string key, bool required = false, string? label = null)
    {
        var text = String(key, required, label);
        if (text is null) return null;
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Diagnostics.Error(PositionOf(key), DiagnosticCodes.BadDate, $"“{key}”的日期“{text}”无法识别。", "日期请写成 YYYY-MM-DD（如 2025-03-01），需要时间时写成 YYYY-MM-DD HH:mm。");
        return null;
    }

    public int? Integer(string key, bool required = false, string? label = null)
    {
        var text = String(key, required, label);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            return n;
        Diagnostics.Error(PositionOf(key), DiagnosticCodes.BadValue, $"“{key}”应是整数，现在是“{text}”。", $"写成 `{key}: 3` 这样的整数。");
        return null;
    }

    public bool Bool(string key)
    {
        var text = String(key);
        if (text is null) return false;
        switch (text.ToLowerInvariant())
        {
            case "true" or "yes" or "是": return true;
            case "false" or "no" or "否": return false;
        }
        Diagnostics.Error(PositionOf(key), DiagnosticCodes.BadValue, $"“{key}”应是 true 或 false，现在是“{text}”。", $"写成 `{key}: true`。");
        return false;
    }

    /// <summary>The value must be one of <paramref name="allowed"/>; otherwise an error listing them.</summary>
    public string? Enum(string key, IReadOnlyList<string> allowed, bool required = false, string? label = null)
    {
        var text = String(key, required, label);
        if (text is null) return null;
        if (allowed.Contains(text, StringComparer.Ordinal)) return text;
        Diagnostics.Error(PositionOf(key), DiagnosticCodes.BadValue, $"“{key}”的值“{text}”不是允许的取值。", $"可选：{string.Join("、", allowed)}。");
        return null;
    }

    /// <summary>A single scalar or a list of scalars, as `interprets: id` and `interprets: [a, b]` both are.</summary>
    public IReadOnlyList<(string Value, SourcePosition At)> StringList(string key)
    {
        var node = Raw(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                return [(scalar.Value!.Trim(), At(scalar))];
            case YamlScalarNode:
                return [];
            case YamlSequenceNode sequence:
                var list = new List<(string, SourcePosition)>();
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v))
                        list.Add((v.Trim(), At(item)));
                    else
                        Diagnostics.Error(At(item), DiagnosticCodes.BadValue, $"“{key}”的每一项应是一段文字。", $"写成 `- 值`。");
                }
                return list;
            default:
                Diagnostics.Error(At(node), DiagnosticCodes.BadValue, $"“{key}”应是一个值或一个列表。", $"写成 `{key}: [值1, 值2]`。");
                return [];
        }
    }

    public FieldReader? Map(string key, bool required = false, string? label = null)
    {
        var node = Raw(key);
        if (node is null || node is YamlScalarNode { Value: null or "" })
        {
            if (required) MissingKey(key, label);
            return null;
        }
        if (node is YamlMappingNode map)
            return new FieldReader(map, Path, LineOffset, Diagnostics);
        Diagnostics.Error(At(node), DiagnosticCodes.BadValue, $"“{key}”应包含若干子项（键: 值）。", $"把子项缩进两格写在 `{key}:` 下面。");
        return null;
    }

    public IReadOnlyList<FieldReader> MapList(string key)
    {
        var node = Raw(key);
        if (node is null or YamlScalarNode { Value: null or "" }) return [];
        if (node is not YamlSequenceNode sequence)
        {
            Diagnostics.Error(At(node), DiagnosticCodes.BadValue, $"“{key}”应是一个列表，每项以 `- ` 开头。");
            return [];
        }
        var list = new List<FieldReader>();
        foreach (var item in sequence)
        {
            if (item is YamlMappingNode map) list.Add(new FieldReader(map, Path, LineOffset, Diagnostics));
            else Diagnostics.Error(At(item), DiagnosticCodes.BadValue, $"“{key}”的每一项应包含若干子项（键: 值）。");
        }
        return list;
    }

    /// <summary>Keys nobody asked for, with their positions: typos or extensions for templates.</summary>
    public IEnumerable<(string Key, SourcePosition At, YamlNode Value)> UnknownKeys()
    {
        foreach (var (k, v) in _map.Children)
        {
            if (k is YamlScalarNode { Value: { } name } && !_asked.Contains(name))
                yield return (name, At(k), v);
        }
    }

    public void WarnUnknownKeys(IReadOnlyCollection<string> knownKeys, string where)
    {
        foreach (var (key, at, _) in UnknownKeys())
        {
            var near = Suggestions.Nearest(key, knownKeys.Where(k => k != key), 1);
            Diagnostics.Warning(at, DiagnosticCodes.UnknownKey, $"{where}中有未知的键“{key}”，它会原样传给模板。",
                near.Count > 0 ? $"是不是想写“{near[0]}”？" : $"已知的键：{string.Join("、", knownKeys)}。");
        }
    }
}
