namespace ShopAssistant.Domain.Catalogue;

/// <summary>
/// The documented rule (data/categories.json): the first category, in file order, one of whose keywords is a
/// whole word or phrase of the product's English name; the last category takes everything else.
/// </summary>
public sealed class CategoryRule(IReadOnlyList<Category> categories)
{
    public IReadOnlyList<Category> Categories { get; } = categories;

    public Category Assign(string productName)
    {
        var padded = " " + string.Join(' ', productName.ToUpperInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries)) + " ";
        foreach (var category in Categories)
        {
            if (category.Keywords.Any(k => padded.Contains(" " + k + " ", StringComparison.Ordinal)))
                return category;
        }
        return Categories[^1];
    }

    private static readonly char[] Separators = [' ', ',', '.', '/', '(', ')', '+', '&'];
}
