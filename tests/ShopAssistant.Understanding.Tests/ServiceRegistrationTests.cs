using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ShopAssistant.Domain;
using ShopAssistant.Domain.DemoShop;

namespace ShopAssistant.Understanding.Tests;

[Collection(UnderstandingCollection.Name)]
public class ServiceRegistrationTests(UnderstandingFixture fixture)
{
    [Fact]
    public void Registers_understanding_with_options_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ShopAssistant:Understanding:ModelDirectory"] = fixture.ModelDirectory,
            ["ShopAssistant:Understanding:DefaultLanguage"] = "en",
        }).Build();
        using var provider = new ServiceCollection()
            .AddSingleton(fixture.Shop)
            .AddShopUnderstanding(configuration)
            .BuildServiceProvider();

        var options = provider.GetRequiredService<UnderstandingOptions>();
        var understanding = provider.GetRequiredService<IMessageUnderstanding>();

        Assert.Equal(fixture.ModelDirectory, options.ModelDirectory);
        Assert.Equal(ShopLanguage.En, options.DefaultLanguage);
        Assert.Equal(ShopLanguage.En, understanding.Understand("👍").Language);
        Assert.Same(understanding, provider.GetRequiredService<IMessageUnderstanding>());
        Assert.IsType<DemoShopData>(provider.GetRequiredService<DemoShopData>());
    }

    [Fact]
    public void Defaults_keep_the_model_under_app_data()
    {
        var options = new ConfigurationBuilder().Build().BindUnderstandingOptions();
        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "app-data", "understanding"), options.ModelDirectory);
        Assert.Equal(ShopLanguage.Zh, options.DefaultLanguage);
    }
}
