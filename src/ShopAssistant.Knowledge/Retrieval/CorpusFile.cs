using System.Text.Json;
using ShopAssistant.Knowledge.Scripts;

namespace ShopAssistant.Knowledge.Retrieval;

/// <summary>
/// The built index on disk (JSON) inside its artefact version's folder, so that a restart with unchanged scripts skips
/// ingestion. The folder is written whole and renamed into place (<see cref="Domain.Artefacts.ArtefactFolder"/>).
/// </summary>
internal static class CorpusFile
{
    public const string FileName = "knowledge-index.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static KnowledgeCorpus? TryRead(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
            return null;
        try
        {
            using var stream = File.OpenRead(path);
            var dto = JsonSerializer.Deserialize<Dto>(stream, Json);
            if (dto?.ContentHash is null || dto.Scripts is null || dto.TopicTerms is null)
                return null;
            return new KnowledgeCorpus(dto.ContentHash, dto.Scripts,
                dto.TopicTerms.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, float>)kv.Value, StringComparer.Ordinal),
                dto.Dense, dto.EmbeddingModel);
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException)
        {
            // A damaged or foreign file is not fatal: the caller rebuilds and overwrites it.
            return null;
        }
    }

    public static void Write(string directory, KnowledgeCorpus corpus)
    {
        Directory.CreateDirectory(directory);
        var dto = new Dto
        {
            ContentHash = corpus.ContentHash,
            EmbeddingModel = corpus.EmbeddingModel,
            Scripts = corpus.Scripts.ToList(),
            TopicTerms = corpus.TopicTerms.ToDictionary(kv => kv.Key, kv => kv.Value.ToDictionary(t => t.Key, t => t.Value)),
            Dense = corpus.DenseByScriptKey?.ToDictionary(kv => kv.Key, kv => kv.Value),
        };
        using var stream = File.Create(Path.Combine(directory, FileName));
        JsonSerializer.Serialize(stream, dto, Json);
    }

    private sealed class Dto
    {
        public string? ContentHash { get; set; }
        public string? EmbeddingModel { get; set; }
        public List<ServiceScript>? Scripts { get; set; }
        public Dictionary<string, Dictionary<string, float>>? TopicTerms { get; set; }
        public Dictionary<string, float[]>? Dense { get; set; }
    }
}
