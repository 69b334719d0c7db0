using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ShopAssistant.Domain.DemoShop;
using ShopAssistant.Recommendations;

namespace ShopAssistant.Web.Tests;

/// <summary>
/// The real host on a real Kestrel port (so that Bot Framework replies and SignalR travel over HTTP), with its
/// own data folder. Two hosts on the same folder, one after the other, are a restart. The clock stands at noon
/// Beijing time (inside service hours) unless the test moves it; two staff accounts exist.
/// </summary>
public sealed class ShopHost : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly string _environment;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="settings">Configuration on top of the test defaults (limits, allowed service URLs…).</param>
    /// <param name="services">Replacements registered after the test defaults (a recommender that trains on cue…).</param>
    public ShopHost(string? dataFolder = null, IReadOnlyDictionary<string, string?>? settings = null, string environment = "Testing",
        Action<IServiceCollection>? services = null)
    {
        _services = services;
        _settings = settings ?? new Dictionary<string, string?>();
        _environment = environment;
        DataFolder = dataFolder ?? Directory.CreateTempSubdirectory("shopassistant-test-").FullName;
        SharedUnderstanding.Value.GetAwaiter().GetResult();
        UseKestrel(0);
        StartServer();
    }

    public const string AgentPassword = "agent-pass-1";
    public const string ManagerPassword = "manager-pass-1";

    public string DataFolder { get; }

    private static readonly string SharedModels = Directory.CreateTempSubdirectory("shopassistant-test-models-").FullName;

    /// <summary>
    /// One recommender for every host of the run, trained once (about a minute, more on a busy machine). A test that
    /// calls the recommendation API awaits <see cref="RecommenderReadyAsync"/> first, so that no request waits for training.
    /// </summary>
    private static readonly Lazy<IRecommender> SharedRecommender = new(() => ShopRecommenderFactory.LoadOrTrain(
        DemoShopData.Load(DemoShopData.DefaultDirectory, TimeProvider.System),
        new RecommenderOptions { ModelDirectory = Path.Combine(SharedModels, "recommender") }));

    public static Task RecommenderReadyAsync() => Task.Run(() => SharedRecommender.Value);

    /// <summary>
    /// The intent model and the judges every host of the run shares, trained (by the train verb) before the first host
    /// starts: a first request that waited for the training (half a minute, more beside other test assemblies) would time out.
    /// </summary>
    private static readonly Lazy<Task> SharedUnderstanding = new(() =>
        ShopAssistant.Understanding.UnderstandingCommands.TrainAsync(["--model", Path.Combine(SharedModels, "understanding")], TextWriter.Null, null));

    /// <summary>
    /// The host's clock. Its timers fire only when a test moves it, so a test that needs a deadline to pass (the
    /// model's, which runs on this clock) moves it while it waits.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(DateTime.SpecifyKind(DateTime.UtcNow.Date.AddHours(12), DateTimeKind.Unspecified), TimeSpan.FromHours(8)).ToUniversalTime());

    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        // The shop's signing key for shopper tokens; tests sign in shoppers with ShopperToken().
        builder.UseSetting("ShopAssistant:Shoppers:TokenKey", TokenKey);
        builder.UseSetting("ShopAssistant:Storage:DataFolder", DataFolder);
        builder.UseSetting("ShopAssistant:Staff:0:UserName", "lily");
        builder.UseSetting("ShopAssistant:Staff:0:Password", AgentPassword);
        builder.UseSetting("ShopAssistant:Staff:0:Role", "agent");
        builder.UseSetting("ShopAssistant:Staff:1:UserName", "bob");
        builder.UseSetting("ShopAssistant:Staff:1:Password", AgentPassword);
        builder.UseSetting("ShopAssistant:Staff:1:Role", "agent");
        builder.UseSetting("ShopAssistant:Staff:2:UserName", "mia");
        builder.UseSetting("ShopAssistant:Staff:2:Password", ManagerPassword);
        builder.UseSetting("ShopAssistant:Staff:2:Role", "manager");
        // One trained recommender, intent model and index for the whole test run, built by the first host that needs them,
        // not by every host (each would otherwise build its own in its data folder).
        builder.UseSetting("ShopAssistant:Recommendations:WarmUp", "false");
        builder.UseSetting("ShopAssistant:Understanding:ModelDirectory", Path.Combine(SharedModels, "understanding"));
        builder.UseSetting("ShopAssistant:Knowledge:IndexDirectory", Path.Combine(SharedModels, "knowledge"));
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IRecommender>(_ => SharedRecommender.Value);
            _services?.Invoke(services);
        });
    }

    public const string TokenKey = "test-shopper-token-key-not-a-secret-0123456789";

    /// <summary>A shopper token for the customer, as the shop's site would issue it (signed with the host's key, on its clock).</summary>
    public string ShopperToken(int customerId, TimeSpan? lifetime = null) =>
        Services.GetRequiredService<ShopAssistant.Bot.Trust.ShopperTokens>().Issue(customerId, lifetime ?? TimeSpan.FromHours(1));

    /// <summary>A client signed in as the given staff member (cookie kept by the client's handler).</summary>
    public async Task<HttpClient> SignedInAsync(string userName, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsync("/api/auth/login", System.Net.Http.Json.JsonContent.Create(new { userName, password }));
        response.EnsureSuccessStatusCode();
        return client;
    }
}
