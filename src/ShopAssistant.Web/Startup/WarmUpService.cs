using ShopAssistant.Assistant;
using ShopAssistant.Data;
using ShopAssistant.Domain.DemoShop;
using ShopAssistant.Knowledge;
using ShopAssistant.Quality;
using ShopAssistant.Recommendations;
using ShopAssistant.Understanding;
using ShopAssistant.Web.Staff;

namespace ShopAssistant.Web.Startup;

/// <summary>
/// What a fresh process prepares before shoppers need it. The shop data, the database (migrations) and the staff directory are ready before
/// the host finishes starting; the intent model and the knowledge index, the recommender (about a minute when it has to
/// train) and the dashboard's read model are prepared in the background, each reported to <see cref="WarmUpBoard"/>,
/// which /health/ready reads.
/// </summary>
public sealed class WarmUpService(IServiceProvider services, WarmUpBoard board, ILogger<WarmUpService> log) : BackgroundService
{
    public override async Task StartAsync(CancellationToken ct)
    {
        services.GetRequiredService<DemoShopData>();
        await (await services.GetRequiredService<IShopDatabase>().OpenConnectionAsync(ct)).DisposeAsync();
        // The staff directory now, not at the first sign-in: a Development run without staff prints its demo passwords at start.
        services.GetRequiredService<StaffDirectory>();
        await base.StartAsync(ct);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var steps = new List<Task>
        {
            Step(WarmUpBoard.Assistant, () => AssistantWarmUp.RunAsync(
                services.GetRequiredService<IMessageUnderstanding>(), services.GetRequiredService<IKnowledgeIndex>(), stoppingToken)),
            Step(WarmUpBoard.Dashboard, () => services.GetRequiredService<EventProjection>().CatchUpAsync(stoppingToken)),
        };
        if (services.GetRequiredService<RecommenderOptions>().WarmUp)
            steps.Add(Step(WarmUpBoard.Recommender, () => Task.FromResult(services.GetRequiredService<IRecommender>())));
        return Task.WhenAll(steps);
    }

    /// <summary>Each step on its own thread-pool task, so that the minute-long recommender never holds up the assistant.</summary>
    private Task Step(string name, Func<Task> work) => Task.Run(async () =>
    {
        board.Started(name);
        try
        {
            await work();
            var took = board.Done(name);
            log.LogInformation("Warm-up: {Step} ready in {Seconds:0.0} s", name, took.TotalSeconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            board.Failed(name, e.Message);
            log.LogError(e, "Warm-up: {Step} failed; it will be prepared on first use instead", name);
        }
    });
}
