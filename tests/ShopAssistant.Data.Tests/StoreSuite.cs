using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ShopAssistant.Data.Tests;

/// <summary>
/// The base of the suites that run on both providers: each test gets an empty database on its provider and the stores
/// exactly as the host registers them (AddShopStorage).
/// </summary>
public abstract class StoreSuite(IStoreProvider provider) : IAsyncLifetime
{
    private readonly List<ServiceProvider> _instances = [];
    private IReadOnlyDictionary<string, string?> _configuration = new Dictionary<string, string?>();

    protected ServiceProvider Services => _instances[0];

    protected T Store<T>() where T : notnull => Services.GetRequiredService<T>();

    protected async Task<DbConnection> OpenAsync() => await Store<IShopDatabase>().OpenConnectionAsync();

    /// <summary>Another process on the same database: a restart, or a second instance of a scaled-out shop.</summary>
    protected ServiceProvider AnotherInstance()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddShopStorage(new ConfigurationBuilder().AddInMemoryCollection(_configuration).Build());
        var instance = services.BuildServiceProvider();
        _instances.Add(instance);
        return instance;
    }

    public async Task InitializeAsync()
    {
        _configuration = await provider.CreateAsync();
        AnotherInstance();
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances) await instance.DisposeAsync();
        await provider.DisposeAsync();
    }
}
