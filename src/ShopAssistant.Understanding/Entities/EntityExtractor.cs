using ShopAssistant.Domain.Catalogue;

namespace ShopAssistant.Understanding.Entities;

/// <summary>
/// Reads every entity kind from one message. Order matters: full phones and phone suffixes, then dates, amounts,
/// order numbers and stock codes, each claiming its digits so that no number is read twice.
/// </summary>
internal sealed class EntityExtractor(Catalogue catalogue, IReadOnlyList<string> categoryAliasExceptions, Func<DateOnly> today)
{
    private readonly ProductMatcher _products = new(catalogue);
    private readonly CategoryMatcher _categories = new(catalogue.Categories, categoryAliasExceptions);

    public MessageEntities Read(string normalText)
    {
        if (normalText.Length == 0) return MessageEntities.None;
        var text = new EntityText(normalText);
        var (fullPhone, last4) = PhoneReader.Read(text);
        var dates = DateReader.Read(text, today());
        var amounts = AmountReader.Read(text);
        var orders = OrderNumberReader.Read(text);
        var codes = _products.Read(text);
        return new MessageEntities(orders, last4, fullPhone, codes, _categories.Read(normalText), amounts, dates);
    }
}
