using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ShopAssistant.Web.Tests;

/// <summary>
/// The real host on a real Kestrel port (so that Bot Framework replies and SignalR travel over HTTP), with its
/// own data folder. Two hosts on the same folder, one after the other, are a restart. The clock stands at noon
/// Beijing time (inside service hours) unless the test moves it; two staff accounts exist.
/// </summary>
public sealed class ShopHost : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <param name="settings">Extra configuration for this host (applied after the defaults below).</param>
    public ShopHost(string? dataFolder = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        DataFolder = dataFolder ?? Directory.CreateTempSubdirectory("shopassistant-test-").FullName;
        UseKestrel(0);
        StartServer();
    }

    public const string AgentPassword = "agent-pass-1";
    public const string ManagerPassword = "manager-pass-1";

    public string DataFolder { get; }

    private static readonly string SharedModels = Directory.CreateTempSubdirectory("shopassistant-test-recommender-").FullName;

    public TestClock Clock { get; } = new(new DateTimeOffset(DateTime.SpecifyKind(DateTime.UtcNow.Date.AddHours(12), DateTimeKind.Unspecified), TimeSpan.FromHours(8)));

    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
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
        // One trained recommender for the whole test run, trained by the first test that needs it, not by every host.
        builder.UseSetting("ShopAssistant:Recommendations:WarmUp", "false");
        builder.UseSetting("ShopAssistant:Recommendations:ModelDirectory", SharedModels);
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>A client signed in as the given staff member (cookie kept by the client's handler).</summary>
    public async Task<HttpClient> SignedInAsync(string userName, string password)
    {
        var client = CreateClient();
        var response = await client.PostAsync("/api/auth/login", System.Net.Http.Json.JsonContent.Create(new { userName, password }));
        response.EnsureSuccessStatusCode();
        return client;
    }
}

public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();
}
