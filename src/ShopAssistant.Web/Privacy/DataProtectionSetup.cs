using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using ShopAssistant.Data;

namespace ShopAssistant.Web.Privacy;

public static class DataProtectionSetup
{
    /// <summary>
    /// Keys that sign browser tokens live with the data, so that a restart does not log every chat out. The folder and
    /// files are owner-only; with a certificate configured the keys are also encrypted at rest (README: Privacy and staff
    /// security). Several instances share them through Redis instead (AddShopScaleOut), which replaces this repository.
    /// The host owns this, not the storage layer: only the web host signs cookies and chat tokens.
    /// </summary>
    public static IServiceCollection AddShopDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var protection = services.AddDataProtection();
        if (DataProtectionCertificate.Load(configuration) is { } certificate)
            protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((keys, sp) =>
            keys.XmlRepository ??= new OwnerOnlyXmlRepository(Path.Combine(StorageServiceCollectionExtensions.DataFolder(sp), "keys"), sp.GetRequiredService<ILoggerFactory>()));
        return services;
    }
}
