using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using ShopAssistant.Assistant;
using ShopAssistant.Assistant.Orders;
using ShopAssistant.Assistant.Suggestions;
using ShopAssistant.Recommendations;

namespace ShopAssistant.Bot.Tests;

/// <summary>
/// A recommendation reply made while the recommender still trains (a fresh start) comes from the popular products and
/// says so in channelData.shopAssistant.recommendations; once the model is ready its own list answers and says that.
/// </summary>
public sealed class RecommendationSourceTests
{
    private const string AskForGifts = "推荐一些圣诞礼物，100元以内";

    [Fact]
    public async Task Before_the_recommender_is_ready_the_cards_are_popular_products_and_the_metadata_says_so()
    {
        var training = new TaskCompletionSource<IRecommender>();
        var (harness, suggestions) = WithRecommender(() => training.Task.GetAwaiter().GetResult());

        try
        {
            var reply = await ReplyAsync(harness, "before-ready", AskForGifts);

            Assert.False(suggestions.Loaded);
            Assert.NotEmpty(reply.Attachments);
            var source = Recommendations(reply)!;
            Assert.Equal(SuggestionSource.Popular, source.Value<string>("source"));
            Assert.False(source.Value<bool>("modelReady"));
        }
        finally
        {
            training.SetResult(new FixedRecommender());
        }
    }

    [Fact]
    public async Task Once_the_recommender_is_ready_its_list_answers_and_the_metadata_says_so()
    {
        var (harness, suggestions) = WithRecommender(() => new FixedRecommender());
        suggestions.Suggest(null, null, 1, Domain.ShopLanguage.Zh);
        await WaitUntil(() => suggestions.Loaded);

        var reply = await ReplyAsync(harness, "after-ready", AskForGifts);

        var source = Recommendations(reply)!;
        Assert.Equal(SuggestionSource.Model, source.Value<string>("source"));
        Assert.True(source.Value<bool>("modelReady"));
        Assert.Contains(reply.Attachments, a => JObject.FromObject(a.Content)["title"]?.ToString() == FixedRecommender.Name);
    }

    [Fact]
    public async Task A_reply_without_product_cards_says_nothing_about_recommendations()
    {
        var (harness, _) = WithRecommender(() => new FixedRecommender());

        var reply = await ReplyAsync(harness, "no-cards", "运费怎么算？");

        Assert.Empty(reply.Attachments ?? []);
        Assert.Null(Recommendations(reply));
    }

    private static JObject? Recommendations(IActivity reply) => SentMetadata.Of(reply)?[ReplyActivities.RecommendationsKey] as JObject;

    private static async Task<Activity> ReplyAsync(BotHarness harness, string conversation, string text)
    {
        Activity? reply = null;
        await harness.Flow(harness.NewAdapter(conversation)).Send(text).AssertReply(r => reply = (Activity)r).StartTestAsync();
        return reply!;
    }

    /// <summary>The real assistant with the recommender adapter in front of the given recommender (built on first use, as at a start).</summary>
    private static (BotHarness Harness, RecommenderSuggestions Suggestions) WithRecommender(Func<IRecommender> recommender)
    {
        var models = Path.Combine(Path.GetTempPath(), "shopassistant-bot-tests");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ShopAssistant:Understanding:ModelDirectory"] = Path.Combine(models, "understanding"),
            ["ShopAssistant:Knowledge:IndexDirectory"] = Path.Combine(models, "knowledge"),
        }).Build();
        var suggestions = new RecommenderSuggestions(new Lazy<IRecommender>(recommender), BotHarness.Shop);
        var services = new ServiceCollection()
            .AddSingleton<IVerificationGuard, Unguarded>()
            .AddSingleton<IProductSuggestions>(suggestions)
            .AddShopAssistant(configuration)
            .BuildServiceProvider();
        return (new BotHarness(assistant: services.GetRequiredService<IShopAssistant>()), suggestions);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition());
    }

    private sealed class FixedRecommender : IRecommender
    {
        public const string Name = "Model's pick: brass candle holder";

        public IReadOnlyList<Recommendation> Recommend(RecommendationRequest request) =>
            [new("84029E", Name, 39m, "candles", 0.9, "模型推荐", "the model's pick")];
    }
}
