using System.Text.Json;
using ShopAssistant.Domain.Catalogue;

namespace ShopAssistant.Domain.DemoShop;

/// <summary>Reads data/categories.json: the shelves, their keyword rule and the shoppers' words for them.</summary>
public static class CategoryFile
{
    private sealed record Entry(string Id, string Zh, string En, string[] Keywords, string[] Aliases);
    private sealed record Document(Entry[] Categories);

    public static IReadOnlyList<Category> Load(string path)
    {
        var document = JsonSerializer.Deserialize<Document>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException($"{path} is empty.");
        return document.Categories.Select(e => new Category(e.Id, e.Zh, e.En, e.Keywords, e.Aliases)).ToList();
    }
}
