using ShopAssistant.Testing;

namespace ShopAssistant.Web.Tests.ScaleOut;

/// <summary>
/// The scaled-out topology of deploy/local-two-instances.sh, started once for a test class: PostgreSQL, Redis, two
/// product processes (A and B, `dotnet ShopAssistant.dll` on free ports, sharing both) and nginx in front of them.
/// </summary>
public sealed class ScaledOutShop : IAsyncLifetime
{
    /// <summary>The test classes that share one topology (starting it takes seconds; its tests run one after the other).</summary>
    public const string Collection = "scaled-out shop";

    public const string AgentPassword = "scale-out-agent-Pa55!";
    public const string ManagerPassword = "scale-out-manager-Pa55!";
    public const int MessagesPerMinute = 6;
    public const string ScrapeToken = "scale-out-scrape-token-0123456789";

    private readonly PostgresCluster _postgres = new();
    private readonly List<string> _folders = [];
    private RedisServer? _redis;
    private Dictionary<string, string> _common = [];
    private string _aFolder = "";

    public ShopProcess A { get; private set; } = null!;
    public ShopProcess B { get; private set; } = null!;
    public NginxProxy Proxy { get; private set; } = null!;

    /// <summary>The servers the tests need; without them the fixture starts nothing and the tests report Skipped.</summary>
    public static readonly Server[] Needs = [Server.Postgres, Server.Redis, Server.Nginx];

    public async Task InitializeAsync()
    {
        if (LocalServers.SkipReason(Needs) is not null) return;
        _redis = await RedisServer.StartAsync();
        var database = await _postgres.CreateDatabaseAsync();
        _common = new Dictionary<string, string>
        {
            ["ShopAssistant:Storage:Provider"] = "postgres",
            ["ConnectionStrings:Postgres"] = database,
            ["ConnectionStrings:Redis"] = _redis.Configuration,
            // One artefact folder shared by A and B, which start one after the other: B loads the intent model and the
            // knowledge index A built (or the last run left), and never builds them itself.
            ["ShopAssistant:Models:Directory"] = Path.Combine(Path.GetTempPath(), "shopassistant-scale-models"),
            ["ShopAssistant:Recommendations:WarmUp"] = "false",
            // Low enough that a burst from one conversation meets it quickly (the limit test), high enough for the others.
            ["ShopAssistant:Limits:MessagesPerMinute"] = MessagesPerMinute.ToString(),
            // The build output has no wwwroot (publish copies it) and a Production host reads no static-web-assets
            // manifest: without this the pages (chat, agent console) are 404s, which only the browser test notices.
            ["ASPNETCORE_WEBROOT"] = Path.Combine(RepositoryRoot(), "src", "ShopAssistant.Web", "wwwroot"),
            ["ShopAssistant:Staff:0:UserName"] = "lily",
            ["ShopAssistant:Staff:0:Password"] = AgentPassword,
            ["ShopAssistant:Staff:0:Role"] = "agent",
            ["ShopAssistant:Staff:1:UserName"] = "bob",
            ["ShopAssistant:Staff:1:Password"] = AgentPassword,
            ["ShopAssistant:Staff:1:Role"] = "agent",
            ["ShopAssistant:Staff:2:UserName"] = "mia",
            ["ShopAssistant:Staff:2:Password"] = ManagerPassword,
            ["ShopAssistant:Staff:2:Role"] = "manager",
            ["ShopAssistant:Telemetry:ScrapeToken"] = ScrapeToken,
        };
        _aFolder = NewDataFolder();
        A = await ShopProcess.StartAsync(Settings(_aFolder));
        B = await ShopProcess.StartAsync(Settings(NewDataFolder()));
        Proxy = await NginxProxy.StartAsync(Template(), [A.Address.Port, B.Address.Port]);
    }

    /// <summary>Starts A again on its port (after a test killed it), on the same data folder.</summary>
    public async Task RestartAAsync()
    {
        var port = A.Address.Port;
        await A.DisposeAsync();
        A = await ShopProcess.StartAsync(Settings(_aFolder), port);
    }

    private Dictionary<string, string> Settings(string folder) => new(_common)
    {
        ["ShopAssistant:Storage:DataFolder"] = folder,
    };

    private string NewDataFolder()
    {
        var folder = Directory.CreateTempSubdirectory("shopassistant-scale-").FullName;
        _folders.Add(folder);
        return folder;
    }

    /// <summary>The deployment's nginx template, which the fixture's proxy and any test's own proxy are made from.</summary>
    public static string Template() => Path.Combine(RepositoryRoot(), "deploy", "nginx", "shopassistant.conf.template");

    private static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ShopAssistant.sln"))) root = root.Parent;
        return root?.FullName ?? throw new InvalidOperationException("No ShopAssistant.sln above the test output.");
    }

    public async Task DisposeAsync()
    {
        Proxy?.Dispose();
        if (A is not null) await A.DisposeAsync();
        if (B is not null) await B.DisposeAsync();
        _redis?.Dispose();
        await _postgres.DisposeAsync();
        foreach (var folder in _folders) Directory.Delete(folder, recursive: true);
    }
}

[CollectionDefinition(ScaledOutShop.Collection)]
public sealed class ScaledOutShopCollection : ICollectionFixture<ScaledOutShop>;
