using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ShopAssistant.Data.Postgres;
using ShopAssistant.Data.Sqlite;

namespace ShopAssistant.Data;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Every store on the configured provider: the embedded SQLite file (default), or the shared PostgreSQL database
    /// (ShopAssistant:Storage:Provider = postgres, ConnectionStrings:Postgres) that several instances use at once.
    /// </summary>
    public static IServiceCollection AddShopStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.DataFolder) && !string.IsNullOrWhiteSpace(o.DatabaseFile),
                $"{StorageOptions.Section}:DataFolder and DatabaseFile must not be empty.")
            .ValidateOnStart();
        // The provider decides which stores are registered, so it is read here, by the same binder.
        var provider = (configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions()).Provider;
        if (string.Equals(provider, StorageOptions.Postgres, StringComparison.OrdinalIgnoreCase))
            services.AddPostgresStores(configuration.GetConnectionString("Postgres")
                ?? throw new InvalidOperationException("ShopAssistant:Storage:Provider is postgres but ConnectionStrings:Postgres is not set."));
        else if (string.Equals(provider, StorageOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
            services.AddSqliteStores();
        else
            throw new InvalidOperationException($"Unknown ShopAssistant:Storage:Provider '{provider}': use sqlite or postgres.");

        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    private static void AddSqliteStores(this IServiceCollection services)
    {
        services.AddSingleton(sp => new SqliteDatabase(Path.Combine(DataFolder(sp), sp.GetRequiredService<IOptions<StorageOptions>>().Value.DatabaseFile)));
        services.AddDatabaseStores<SqliteDatabase>();
    }

    private static void AddPostgresStores(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(_ => new PostgresDatabase(connectionString));
        services.AddDatabaseStores<PostgresDatabase>();
        services.AddSingleton<ISharedSecrets, PostgresSharedSecrets>();
    }

    /// <summary>The stores, one implementation each, on the provider's database.</summary>
    private static void AddDatabaseStores<TDatabase>(this IServiceCollection services) where TDatabase : SqlDatabase
    {
        services.AddSingleton<SqlDatabase>(sp => sp.GetRequiredService<TDatabase>());
        services.AddSingleton<IShopDatabase>(sp => sp.GetRequiredService<TDatabase>());
        services.AddSingleton<IStateStore, DatabaseStateStore>();
        services.AddSingleton<ITranscriptLog, DatabaseTranscriptLog>();
        services.AddSingleton<IEventLog, DatabaseEventLog>();
        services.AddSingleton<ITurnRecorder, DatabaseTurnRecorder>();
        services.AddSingleton<IHandoffStore, DatabaseHandoffStore>();
        services.AddSingleton<IIncidentBoard, DatabaseIncidentBoard>();
        services.AddSingleton<IFlowVerdictStore, DatabaseFlowVerdictStore>();
        services.AddSingleton<IStaffSessionStore, DatabaseStaffSessionStore>();
        services.AddSingleton<IShopperDataStore, ShopperDataStore>();
        services.AddSingleton<IPhotoStore, DatabasePhotoStore>();
        services.AddSingleton<IConversationOwners, DatabaseConversationOwners>();
        services.AddSingleton<IVerificationLedger, DatabaseVerificationLedger>();
    }

    /// <summary>The data folder, resolved against the content root as the stores resolve it.</summary>
    public static string DataFolder(IServiceProvider sp) =>
        Path.Combine(sp.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory(),
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.DataFolder);
}
