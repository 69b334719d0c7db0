using System.ComponentModel.DataAnnotations;
using ShopAssistant.Domain.DemoShop;

namespace ShopAssistant.Assistant;

/// <summary>ShopAssistant:Shop: the shop's processed data (catalogue, customers, orders, the handbook's numbers).</summary>
public sealed class ShopDataOptions : IValidatableObject
{
    public const string Section = "ShopAssistant:Shop";

    /// <summary>The demo shop's data copied beside the program by the build.</summary>
    public string DataDirectory { get; set; } = DemoShopData.DefaultDirectory;

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!File.Exists(Path.Combine(DataDirectory, "shop-policy.json")))
            yield return new($"{Section}:DataDirectory: no shop data (shop-policy.json) at '{DataDirectory}'.", [nameof(DataDirectory)]);
    }
}
