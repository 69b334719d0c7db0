using ShopAssistant.Assistant;
using ShopAssistant.Bot;
using ShopAssistant.Data;
using ShopAssistant.Domain.DemoShop;
using ShopAssistant.Knowledge;
using ShopAssistant.Quality;
using ShopAssistant.Recommendations;
using ShopAssistant.Understanding;
using ShopAssistant.Understanding.Intents;
using ShopAssistant.Web.Staff;

namespace ShopAssistant.Web.Startup;

/// <summary>
/// What a fresh process prepares before shoppers need it. The shop data (but its order history), the database (migrations) and the staff
/// directory are ready before the host finishes starting; the order history once the assistant's step is done; the intent model and the knowledge index, the recommender (about a minute when it has to
/// train) and the dashboard's read model are prepared in the background, each reported to <see cref="WarmUpBoard"/>,
/// which /health/ready reads.
/// </summary>
public sealed class WarmUpService(IServiceProvider services, WarmUpBoard board, ILogger<WarmUpService> log) : BackgroundService
{
    private readonly CancellationTokenSource _stopping = new();
    private Task? _assistant;

    public override async Task StartAsync(CancellationToken ct)
    {
        // Before anything asks for the intent model: a fresh data folder starts from the one the build prepared.
        var understanding = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<UnderstandingOptions>>();
        if (PreparedIntentModel.Seed(understanding))
            log.LogInformation("Intent model: started from the one prepared by the build ({Folder})", PreparedIntentModel.Folder);
        if (!understanding.Value.Models.TrainAtStart)
            log.LogInformation("Models: missing or stale artefacts are waited for, not built here (ShopAssistant:Models:TrainAtStart is false); " +
                "not ready until `prepare` (or `train` and `ingest`) publishes them to {Folder}", Path.GetDirectoryName(understanding.Value.ModelDirectory));
        // The assistant's step first, beside the shop data's load below rather than after it (bench cold): neither the
        // index nor the intent model needs shop data; the rest of understanding needs the catalogue.
        // Its two loads are tracked apart too, so that /health/ready says which one is missing.
        _assistant = Step(WarmUpBoard.Assistant, async () =>
        {
            await Task.WhenAll(ModelsAsync(), Task.Run(() => Rehearse(ReplyRehearsal.WithoutAssistant), _stopping.Token));
            // Once the models are there, the rest of a turn, so that the first shopper's turn is not the first turn.
            await RehearseAsync();
        });
        services.GetRequiredService<DemoShopData>();
        await (await services.GetRequiredService<IShopDatabase>().OpenConnectionAsync(ct)).DisposeAsync();
        // The staff directory now, not at the first sign-in: a Development run without staff prints its demo passwords at start.
        services.GetRequiredService<StaffDirectory>();
        await base.StartAsync(ct);
    }

    /// <summary>The intent model and the index, and the rest of understanding.</summary>
    private Task ModelsAsync() => Task.WhenAll(
        board.TrackAsync(WarmUpBoard.IntentModel, () => Task.Run(() =>
        {
            _ = services.GetRequiredService<Lazy<HandoffJudge>>().Value;
            _ = services.GetRequiredService<Lazy<FollowUpJudge>>().Value;
            _ = services.GetRequiredService<Lazy<ShoppingJudge>>().Value;
            return services.GetRequiredService<Lazy<IntentClassifier>>().Value;
        }, _stopping.Token)),
        board.TrackAsync(WarmUpBoard.KnowledgeIndex, () => Task.Run(() =>
            services.GetRequiredService<IKnowledgeIndex>().SearchAsync(new KnowledgeQuery("运费 shipping"), _stopping.Token), _stopping.Token)),
        // The rest of understanding (entities, mood) needs the catalogue, which loads beside it below (as AssistantWarmUp does).
        // In both languages: the first English message otherwise paid for the English word lists' first use.
        Task.Run(() =>
        {
            var understanding = services.GetRequiredService<IMessageUnderstanding>();
            understanding.Understand("你好");
            understanding.Understand("hello, how much is shipping?");
        }, _stopping.Token));

    /// <summary>A rehearsal that fails only loses its head start: it is logged, and does not hold up readiness.</summary>
    private async Task RehearseAsync()
    {
        try
        {
            var offline = !services.GetRequiredService<ShopAssistant.AI.ShopModel>().Enabled;
            await services.GetRequiredService<ReplyRehearsal>().RunAsync(offline, _stopping.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Warm-up: the reply rehearsal failed; the first turn pays its first-run costs instead");
        }
    }

    private void Rehearse(Action part)
    {
        try
        {
            part();
        }
        catch (Exception e)
        {
            log.LogWarning(e, "Warm-up: the reply rehearsal failed; the first turn pays its first-run costs instead");
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        stoppingToken.Register(_stopping.Cancel);
        var assistant = _assistant!;
        board.Waiting(WarmUpBoard.OrderHistory);
        board.Waiting(WarmUpBoard.Dashboard);
        var steps = new List<Task>
        {
            assistant,
            // The dashboard's read model loads on the dashboard's first request anyway.
            AfterTheAssistantAsync(assistant, FirstTurnsGrace, WarmUpBoard.Dashboard,
                () => services.GetRequiredService<EventProjection>().CatchUpAsync(stoppingToken), stoppingToken),
            // Only order look-ups and the recommender need the order history: on a restart it was a second of the start before
            // the host listened, then the CPU the first turn needed. An order look-up sooner reads it then, and waits for it.
            AfterTheAssistantAsync(assistant, FirstTurnsGrace, WarmUpBoard.OrderHistory,
                () => Task.Run(services.GetRequiredService<DemoShopData>().LoadHistory), stoppingToken),
        };
        // The recommender loads (or trains) once the assistant is ready, and a few seconds later: on two cores the two
        // side by side slowed the assistant's step, and on a restart its load (history, co-purchase index) slowed the
        // first shoppers' turns, which pay their own first-run costs then (bench cold). Until it is ready
        // recommendations come from the popular products (and say so); a shopper who asks for one sooner starts it.
        if (services.GetRequiredService<RecommenderOptions>().WarmUp)
        {
            board.Waiting(WarmUpBoard.Recommender);
            steps.Add(AfterTheAssistantAsync(assistant, RecommenderGrace, WarmUpBoard.Recommender,
                () => Task.FromResult(services.GetRequiredService<IRecommender>()), stoppingToken));
        }
        return Task.WhenAll(steps).ContinueWith(_ => ReturnWarmUpMemory(), stoppingToken, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    /// <summary>How long the recommender's warm-up waits after the assistant's, leaving the first turns the machine.</summary>
    internal static readonly TimeSpan RecommenderGrace = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long the order history and the dashboard's read model wait after the assistant's step: the first shoppers'
    /// turns come right after it, and on two cores the history's read (0.6–0.9 s of CPU) slowed the first answer
    /// after a restart (bench cold).
    /// </summary>
    internal static readonly TimeSpan FirstTurnsGrace = TimeSpan.FromSeconds(2);

    /// <summary>A warm-up step that waits for the assistant's, and then a grace that leaves the first turns the machine.</summary>
    private async Task AfterTheAssistantAsync(Task assistant, TimeSpan grace, string step, Func<Task> work, CancellationToken ct)
    {
        await assistant.ConfigureAwait(false);
        await Task.Delay(grace, ct).ConfigureAwait(false);
        await Step(step, work).ConfigureAwait(false);
    }

    /// <summary>
    /// Training and loading leave a few hundred megabytes of garbage that the GC would otherwise keep committed for
    /// the process's life (it only grows the heap back to what it once needed): one compacting, decommitting collection
    /// once everything is prepared gives it back to the machine, and the C heap's free pages with it (<see cref="Operating.NativeHeap"/>).
    /// It happens once per start, before shoppers are many.
    /// </summary>
    private void ReturnWarmUpMemory()
    {
        var before = Environment.WorkingSet;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        // The native side's garbage (LightGBM's and ML.NET's training buffers, SQLite's) as well: freed, but kept by the C heap.
        Operating.NativeHeap.Trim();
        log.LogInformation("Warm-up: done; working set {Before} MB → {After} MB", before >> 20, Environment.WorkingSet >> 20);
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
