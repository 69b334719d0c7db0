using System.Text.Json;

namespace ShopAssistant.Web.Evaluation;

/// <summary>
/// A frozen set of recommendation requests (data/eval/gifts-*.json): the shopper's turns and the constraints every product
/// card of the reply to the last turn must satisfy. Written from the handbook, the shelves and the catalogue only; read,
/// never written.
/// </summary>
public sealed record GiftSet(string Name, IReadOnlyList<GiftRequest> Requests)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static GiftSet Load(string path)
    {
        var file = JsonSerializer.Deserialize<SetFile>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} is empty.");
        return new GiftSet(file.Name ?? Path.GetFileNameWithoutExtension(path), file.Requests ?? []);
    }

    private sealed record SetFile(string? Name, List<GiftRequest>? Requests);
}

/// <summary>One request: its turns and what the cards shown after the last one must (not) be.</summary>
public sealed record GiftRequest(string Id, string Lang, string Class, IReadOnlyList<string> Turns, GiftExpectation? Expect);

/// <summary>
/// The constraints on the cards: prices within [MinPrice, MaxPrice], shelves among Categories (null: any) and not among
/// ExcludeCategories, no ExcludeWords in a name, none of NotStockCodes; CheaperThanPrevious: the dearest card below the
/// previous reply's dearest; NewAfterPrevious: no card of the previous reply again.
/// </summary>
public sealed record GiftExpectation(
    decimal? MaxPrice, decimal? MinPrice, IReadOnlyList<string>? Categories, IReadOnlyList<string>? ExcludeCategories,
    IReadOnlyList<string>? ExcludeWords, IReadOnlyList<string>? NotStockCodes, bool CheaperThanPrevious, bool NewAfterPrevious);
