using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ShopAssistant.Data.Sqlite;

namespace ShopAssistant.Data;

public static class StorageServiceCollectionExtensions
{
    /// <summary>State, transcripts and events on the embedded SQLite database (the default running mode).</summary>
    public static IServiceCollection AddShopStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var root = sp.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
            return new SqliteDatabase(Path.Combine(root, options.DataFolder, options.DatabaseFile));
        });
        services.AddSingleton<IStateStore, SqliteStateStore>();
        services.AddSingleton<ITranscriptLog, SqliteTranscriptLog>();
        services.AddSingleton<IEventLog, SqliteEventLog>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
