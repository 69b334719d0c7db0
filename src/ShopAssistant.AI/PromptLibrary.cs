using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.SemanticKernel;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ShopAssistant.AI;

/// <summary>
/// Reads prompts/*.yaml into Semantic Kernel prompt configurations. SK's own YAML package is not available here, so
/// the YAML goes through JSON: plain scalars that read as booleans or numbers become JSON booleans or numbers
/// (is_required: true must not arrive as the string "true"); quoted and block scalars stay strings.
/// </summary>
public static class PromptLibrary
{
    public static PromptTemplateConfig Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path)) stream.Load(reader);
        var json = ToJson(stream.Documents[0].RootNode)?.ToJsonString() ?? throw new FormatException($"{path} is empty.");
        var config = PromptTemplateConfig.FromJson(json);
        // The template receives only the shop's own scripts and labels; shopper text goes in as a user message.
        // Without this, SK would HTML-encode ¥, ≥ and quotes in the scripts.
        config.AllowDangerouslySetContent = true;
        foreach (var variable in config.InputVariables) variable.AllowDangerouslySetContent = true;
        return config;
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv =>
            KeyValuePair.Create(((YamlScalarNode)kv.Key).Value ?? "", ToJson(kv.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain) return JsonValue.Create(value);
        if (value is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (value is "false" or "False" or "FALSE") return JsonValue.Create(false);
        if (value is "" or "~" or "null" or "Null" or "NULL") return null;
        if (long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole)) return JsonValue.Create(whole);
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)) return JsonValue.Create(real);
        return JsonValue.Create(value);
    }
}
