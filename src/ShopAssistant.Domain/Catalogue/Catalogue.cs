namespace ShopAssistant.Domain.Catalogue;

/// <summary>The shop's products and shelves, looked up by stock code or category.</summary>
public sealed class Catalogue
{
    private readonly Dictionary<string, Product> _byCode;
    private readonly Dictionary<string, Category> _categories;

    public Catalogue(IEnumerable<Product> products, IReadOnlyList<Category> categories)
    {
        Products = products.ToList();
        Categories = categories;
        _byCode = Products.ToDictionary(p => p.StockCode, StringComparer.OrdinalIgnoreCase);
        _categories = categories.ToDictionary(c => c.Id);
    }

    public IReadOnlyList<Product> Products { get; }
    public IReadOnlyList<Category> Categories { get; }

    /// <summary>Shoppers' words for what a product is, looks like or is made of, and the name words they stand for (data/categories.json).</summary>
    public IReadOnlyDictionary<string, string[]> NameWords { get; init; } = new Dictionary<string, string[]>();

    public Product? Find(string stockCode) => _byCode.GetValueOrDefault(stockCode.Trim());

    public Category CategoryOf(Product product) => _categories[product.CategoryId];

    public Category? FindCategory(string id) => _categories.GetValueOrDefault(id);
}
