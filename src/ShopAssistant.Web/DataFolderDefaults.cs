using Microsoft.Extensions.Configuration.Memory;
using ShopAssistant.Data;
using ShopAssistant.Domain.Artefacts;
using ShopAssistant.Knowledge;
using ShopAssistant.Recommendations;
using ShopAssistant.Understanding;

namespace ShopAssistant.Web;

/// <summary>
/// Everything the shop writes (database, keys, intent model, knowledge index, recommender) lives in the storage data
/// folder unless a setting puts it elsewhere: one folder to back up, one to delete, one per test host. The built
/// artefacts go to ShopAssistant:Models:Directory instead when it is set (one folder several instances share).
/// </summary>
public static class DataFolderDefaults
{
    /// <summary>Adds the derived folders as the first configuration source, so that every other source still overrides them.</summary>
    public static void AddDataFolderDefaults(this IConfigurationBuilder builder, IConfiguration current, string contentRoot)
    {
        var storage = current.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var data = Path.Combine(contentRoot, storage.DataFolder);
        var models = current[$"{ModelsOptions.Section}:{nameof(ModelsOptions.Directory)}"] is { Length: > 0 } shared ? Path.Combine(contentRoot, shared) : data;
        builder.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                [$"{UnderstandingOptions.Section}:{nameof(UnderstandingOptions.ModelDirectory)}"] = Path.Combine(models, "understanding"),
                [$"{KnowledgeOptions.Section}:{nameof(KnowledgeOptions.IndexDirectory)}"] = Path.Combine(models, "knowledge"),
                [$"{RecommenderOptions.Section}:{nameof(RecommenderOptions.ModelDirectory)}"] = Path.Combine(models, "recommender"),
            },
        });
    }
}
