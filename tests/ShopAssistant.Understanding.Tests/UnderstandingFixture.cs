using ShopAssistant.Domain.DemoShop;

namespace ShopAssistant.Understanding.Tests;

/// <summary>
/// One trained model and one catalogue for the whole test run: training takes seconds, loading the shop a second
/// or two. The model cache lives in a temp folder; the shop's "today" is fixed so that date tests are exact.
/// </summary>
public sealed class UnderstandingFixture : IDisposable
{
    public static readonly DateOnly Today = new(2024, 12, 20);

    public UnderstandingFixture()
    {
        ModelDirectory = Directory.CreateTempSubdirectory("understanding-model-").FullName;
        Options = new UnderstandingOptions { ModelDirectory = ModelDirectory, DataDirectory = DataDirectory };
        Shop = DemoShopData.Load(DemoShopData.DefaultDirectory, TimeProvider.System);
        Understanding = new ShopUnderstanding(Options, Shop.Catalogue, () => Today);
    }

    /// <summary>The shipped utterances and lexicon, copied beside the tests by the Understanding project.</summary>
    public static string DataDirectory => Path.Combine(AppContext.BaseDirectory, "data", "understanding");

    public string ModelDirectory { get; }
    public UnderstandingOptions Options { get; }
    public DemoShopData Shop { get; }
    public ShopUnderstanding Understanding { get; }

    public void Dispose()
    {
        try { Directory.Delete(ModelDirectory, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class UnderstandingCollection : ICollectionFixture<UnderstandingFixture>
{
    public const string Name = "understanding";
}
