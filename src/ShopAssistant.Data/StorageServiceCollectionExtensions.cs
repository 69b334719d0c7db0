using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
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
        services.AddSingleton(sp => new SqliteDatabase(Path.Combine(DataFolder(sp), sp.GetRequiredService<IOptions<StorageOptions>>().Value.DatabaseFile)));
        // Keys that sign browser tokens live with the data, so that a restart does not log every chat out. The folder and
        // files are owner-only; with a certificate configured the keys are also encrypted at rest (README: Privacy and staff security).
        var protection = services.AddDataProtection();
        if (DataProtectionCertificate.Load(configuration) is { } certificate)
            protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((keys, sp) =>
            keys.XmlRepository = new OwnerOnlyXmlRepository(Path.Combine(DataFolder(sp), "keys"), sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<IStateStore, SqliteStateStore>();
        services.AddSingleton<ITranscriptLog, SqliteTranscriptLog>();
        services.AddSingleton<IEventLog, SqliteEventLog>();
        services.AddSingleton<IHandoffStore, SqliteHandoffStore>();
        services.AddSingleton<IIncidentBoard, SqliteIncidentBoard>();
        services.AddSingleton<IFlowVerdictStore, SqliteFlowVerdictStore>();
        services.AddSingleton<IStaffSessionStore, SqliteStaffSessionStore>();
        services.AddSingleton<IShopperDataStore, SqliteShopperData>();
        services.AddSingleton<IConversationOwners, SqliteConversationOwners>();
        services.AddSingleton<IVerificationLedger, SqliteVerificationLedger>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>The data folder, resolved against the content root as the stores resolve it.</summary>
    public static string DataFolder(IServiceProvider sp) =>
        Path.Combine(sp.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory(),
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.DataFolder);
}
