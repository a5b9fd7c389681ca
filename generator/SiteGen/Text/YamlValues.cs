using YamlDotNet.RepresentationModel;

namespace SiteGen.Text;

/// <summary>Turns YAML nodes into plain strings, lists and dictionaries for templates (unknown keys).</summary>
internal static class YamlValues
{
    public static object? ToPlain(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value,
        YamlSequenceNode seq => seq.Children.Select(ToPlain).ToList(),
        YamlMappingNode map => map.Children
            .Where(kv => kv.Key is YamlScalarNode { Value: not null })
            .ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ToPlain(kv.Value), StringComparer.Ordinal),
        _ => null,
    };
}
