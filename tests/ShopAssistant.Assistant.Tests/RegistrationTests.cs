using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;
using ShopAssistant.AI;
using ShopAssistant.Assistant.Orchestration;
using ShopAssistant.Assistant.Orders;
using ShopAssistant.Assistant.Suggestions;
using ShopAssistant.Knowledge;
using ShopAssistant.Understanding;

namespace ShopAssistant.Assistant.Tests;

public sealed class RegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        settings["ShopAssistant:Understanding:ModelDirectory"] = TestShop.UnderstandingOptions.ModelDirectory;
        settings["ShopAssistant:Knowledge:IndexDirectory"] = Path.Combine(TestShop.CacheFolder, "knowledge");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddShopAssistant(configuration).BuildServiceProvider();
    }

    [Fact]
    public async Task AddShopAssistant_registers_the_orchestrator_once_with_its_plugins_and_warms_up()
    {
        await using var services = Build([]);

        var assistant = Assert.IsType<Orchestrator>(services.GetRequiredService<IShopAssistant>());
        Assert.Same(assistant, services.GetRequiredService<IShopAssistant>());
        // One of each for the whole process: the understanding model, the index (embedded without Qdrant) and the order lookup.
        Assert.Same(services.GetRequiredService<ShopUnderstanding>(), services.GetRequiredService<IMessageUnderstanding>());
        Assert.IsType<EmbeddedKnowledgeIndex>(services.GetRequiredService<IKnowledgeIndex>());
        Assert.Same(services.GetRequiredService<OrderLookup>(), services.GetRequiredService<OrderLookup>());
        Assert.IsType<PopularProductSuggestions>(services.GetRequiredService<IProductSuggestions>());
        Assert.Equal(["Knowledge", "Orders", "Recommendations", "Handoff", "Rules"], assistant.Kernel.Plugins.Select(p => p.Name));
        Assert.Null(assistant.Kernel.Services.GetService<IChatCompletionService>());
        await AssistantWarmUp.RunAsync(services.GetRequiredService<IMessageUnderstanding>(), services.GetRequiredService<IKnowledgeIndex>())
            .WaitAsync(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task An_unreachable_configured_endpoint_adds_the_chat_model_and_falls_back_to_offline()
    {
        await using var services = Build(new()
        {
            ["ShopAssistant:Llm:Endpoint"] = "http://127.0.0.1:9/v1",
            ["ShopAssistant:Llm:ApiKey"] = "k",
            ["ShopAssistant:Llm:Model"] = "m",
            ["ShopAssistant:Llm:TimeoutSeconds"] = "3",
        });
        var assistant = services.GetRequiredService<Orchestrator>();

        Assert.NotNull(assistant.Kernel.Services.GetService<IChatCompletionService>());
        var reply = await assistant.SayAsync("how much is shipping?", TestShop.Greeted());
        Assert.Equal("offline", reply.Metadata.Policy);
        Assert.Contains("shipping-fee", reply.Metadata.Sources);
    }

    [Fact]
    public void A_malformed_endpoint_is_reported_clearly()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ShopAssistant:Llm:Endpoint"] = "not a url" }).Build();
        using var services = new ServiceCollection().AddShopModel(configuration).BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<LlmOptions>());
        Assert.Contains("ShopAssistant:Llm:Endpoint", error.Message);
    }

    [Fact]
    public void Resilience_settings_bind_from_configuration_and_a_bad_one_is_refused_with_its_key()
    {
        using var good = Build(new() { ["ShopAssistant:Llm:Resilience:BreakSeconds"] = "45", ["ShopAssistant:Llm:Cost:DailyTokenBudget"] = "5000" });
        var model = good.GetRequiredService<ShopModel>();
        Assert.Equal(45, model.Gate.Options.BreakSeconds);
        Assert.Equal(6, model.Gate.Options.TurnBudgetSeconds);
        Assert.Equal(5000, model.Usage.Cost.DailyTokenBudget);

        using var bad = Build(new() { ["ShopAssistant:Llm:Resilience:FailureRatio"] = "2" });
        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => bad.GetRequiredService<ShopModel>());
        Assert.Contains("ShopAssistant:Llm:Resilience:FailureRatio", error.Message);
    }
}
