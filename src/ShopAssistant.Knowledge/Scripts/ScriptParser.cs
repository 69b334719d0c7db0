using Markdig;
using ShopAssistant.Domain;
using ShopAssistant.Domain.Conversations;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ShopAssistant.Knowledge.Scripts;

/// <summary>Reads one script file: YAML front matter between "---" lines, then the Markdown answer.</summary>
public static class ScriptParser
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public static ServiceScript Parse(string text, string sourcePath)
    {
        var (frontMatter, body) = Split(text.Replace("\r\n", "\n"), sourcePath);
        FrontMatter meta;
        try
        {
            meta = Yaml.Deserialize<FrontMatter>(frontMatter) ?? new FrontMatter();
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new FormatException($"{sourcePath}: invalid front matter: {e.Message}", e);
        }

        var id = Required(meta.Id, "id", sourcePath);
        var intent = Required(meta.Intent, "intent", sourcePath);
        if (!Intents.IsKnown(intent))
            throw new FormatException($"{sourcePath}: intent '{intent}' is not in the closed label set");
        var language = Required(meta.Language, "language", sourcePath) switch
        {
            "zh" => ShopLanguage.Zh,
            "en" => ShopLanguage.En,
            var other => throw new FormatException($"{sourcePath}: language '{other}' is neither zh nor en"),
        };
        var facts = meta.Facts ?? [];
        if (facts.Count == 0)
            throw new FormatException($"{sourcePath}: a script must name the handbook facts it states");
        var answer = Markdown.ToPlainText(body, Pipeline).Trim();
        if (answer.Length == 0)
            throw new FormatException($"{sourcePath}: the answer is empty");

        // A script that promises a person names why (handbook H3): answering with it hands the conversation over.
        var handoff = meta.Handoff?.Trim();
        if (handoff is not null && !HandoffReasons.All.Contains(handoff))
            throw new FormatException($"{sourcePath}: handoff '{handoff}' is not a known handoff reason");
        return new ServiceScript(id, intent, language, Required(meta.Title, "title", sourcePath),
            meta.Tags ?? [], facts, answer, meta.Audience == "staff", sourcePath, handoff);
    }

    private static (string FrontMatter, string Body) Split(string text, string sourcePath)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
            throw new FormatException($"{sourcePath}: a script starts with YAML front matter ('---')");
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0)
            throw new FormatException($"{sourcePath}: front matter is not closed with '---'");
        var bodyStart = text.IndexOf('\n', end + 4);
        return (text[4..end], bodyStart < 0 ? "" : text[(bodyStart + 1)..]);
    }

    private static string Required(string? value, string field, string sourcePath) =>
        string.IsNullOrWhiteSpace(value) ? throw new FormatException($"{sourcePath}: front matter needs '{field}'") : value.Trim();

    private sealed class FrontMatter
    {
        public string? Id { get; set; }
        public string? Intent { get; set; }
        public string? Language { get; set; }
        public string? Title { get; set; }
        public string? Audience { get; set; }
        public List<string>? Tags { get; set; }
        public List<string>? Facts { get; set; }
        public string? Handoff { get; set; }
    }
}
