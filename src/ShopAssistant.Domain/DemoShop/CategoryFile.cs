using System.Text.Json;
using ShopAssistant.Domain.Catalogue;

namespace ShopAssistant.Domain.DemoShop;

/// <summary>
/// Reads data/categories.json: the shelves, their keyword rule and the shoppers' words for them, and the shoppers' words
/// for what a product is, looks like or is made of (<c>nameWords</c>: "爱心" → HEART, "铁皮" → METAL, TIN).
/// </summary>
public static class CategoryFile
{
    private sealed record Entry(string Id, string Zh, string En, string[] Keywords, string[] Aliases);
    private sealed record Document(Entry[] Categories, Dictionary<string, string[]>? NameWords);

    public static IReadOnlyList<Category> Load(string path) =>
        Read(path).Categories.Select(e => new Category(e.Id, e.Zh, e.En, e.Keywords, e.Aliases)).ToList();

    /// <summary>Shoppers' words and the product-name words they stand for; empty when the file has none.</summary>
    public static IReadOnlyDictionary<string, string[]> LoadNameWords(string path) =>
        Read(path).NameWords ?? new Dictionary<string, string[]>();

    private static Document Read(string path) =>
        JsonSerializer.Deserialize<Document>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException($"{path} is empty.");
}
