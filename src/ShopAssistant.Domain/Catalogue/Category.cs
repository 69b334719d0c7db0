namespace ShopAssistant.Domain.Catalogue;

/// <summary>A shelf of the shop, named in both languages; aliases are the words shoppers use for it.</summary>
public sealed record Category(string Id, string NameZh, string NameEn, IReadOnlyList<string> Keywords, IReadOnlyList<string> Aliases)
{
    public string Name(ShopLanguage language) => language == ShopLanguage.Zh ? NameZh : NameEn;
}
