using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using SiteGen.Configuration;

namespace SiteGen.Validation;

/// <summary>
/// The JSON Schema (draft-07, what the YAML language server reads) of front matter, written from
/// <see cref="FrontMatterKeys"/>, the table the validator uses, so the two cannot disagree. With a
/// site.yml, `category` and `topic` also list that site's columns and topics for completion.
/// </summary>
internal static class FrontMatterSchema
{
    // What FieldReader accepts as a date: YYYY-MM-DD, optionally with HH:mm[:ss] after a space or T.
    public const string DatePattern = @"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?$";

    public static string Document(SiteConfig? site) => Write(Schema("front-matter", "文档属性（front matter）", FrontMatterKeys.Document, site));

    public static string Issue() => Write(Schema("issue", "公报期次 _issue.md 的文档属性", FrontMatterKeys.Issue, null));

    private static JsonObject Schema(string id, string title, IReadOnlyList<KeySpec> keys, SiteConfig? site)
    {
        var schema = Object(keys, site);
        schema.Insert(0, "$schema", "http://json-schema.org/draft-07/schema#");
        schema.Insert(1, "$id", $"https://sitegen.local/schema/{id}.schema.json");
        schema.Insert(2, "title", title);
        return schema;
    }

    private static JsonObject Object(IReadOnlyList<KeySpec> keys, SiteConfig? site)
    {
        var properties = new JsonObject();
        foreach (var key in keys) properties[key.Key] = Property(key, site);
        var result = new JsonObject { ["type"] = "object", ["properties"] = properties };
        var required = keys.Where(k => k.Required).Select(k => (JsonNode)k.Key).ToArray();
        if (required.Length > 0) result["required"] = new JsonArray(required);
        // The validator warns about unknown keys (typos); the schema flags them in the editor too.
        result["additionalProperties"] = false;
        return result;
    }

    private static JsonObject Property(KeySpec key, SiteConfig? site)
    {
        var p = new JsonObject { ["title"] = key.Label, ["description"] = $"{key.Label}：{key.Description}" };
        switch (key.Kind)
        {
            case ValueKind.Text:
                p["type"] = "string";
                if (Allowed(key, site) is { } values) p["enum"] = new JsonArray(values.Select(v => (JsonNode)v).ToArray());
                break;
            case ValueKind.Date:
                p["type"] = "string";
                p["pattern"] = DatePattern;
                break;
            case ValueKind.Integer:
                p["type"] = "integer";
                break;
            case ValueKind.Boolean:
                p["type"] = "boolean";
                break;
            case ValueKind.TextOrList:
                p["anyOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } });
                break;
            case ValueKind.Map when key.Children.Count == 0:
                // Free-form data checked by its own reader (the annual report tables).
                p["type"] = "object";
                break;
            case ValueKind.Map:
                foreach (var (k, v) in Object(key.Children, site).ToList()) p[k] = v?.DeepClone();
                break;
            case ValueKind.MapList:
                p["type"] = "array";
                p["items"] = Object(key.Children, site);
                break;
        }
        return p;
    }

    private static IReadOnlyList<string>? Allowed(KeySpec key, SiteConfig? site) => key.FromSite switch
    {
        "columns" when site is not null => ColumnNames(site),
        "topics" when site is { Topics.Count: > 0 } => site.Topics.Order(StringComparer.Ordinal).ToList(),
        _ => key.Values,
    };

    private static string Write(JsonObject schema) =>
        schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    /// <summary>Column names then ids, in site.yml order: both are accepted as `category`.</summary>
    private static List<string> ColumnNames(SiteConfig site)
    {
        var all = new Model.ColumnIndex(site.Columns).All;
        return all.Select(c => c.Name).Concat(all.Select(c => c.Id)).Distinct(StringComparer.Ordinal).ToList();
    }
}
