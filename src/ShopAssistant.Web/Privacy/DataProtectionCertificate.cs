using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;

namespace ShopAssistant.Web.Privacy;

/// <summary>
/// ShopAssistant:DataProtection:CertificatePath (a .pfx with its private key) and …:CertificatePassword: when set, the
/// data-protection keys are encrypted with the certificate before they are written, so a copy of the data folder
/// alone cannot forge staff cookies or chat tokens. A path that does not load stops the start: running with keys
/// in clear text when encryption was asked for would be silent.
/// </summary>
public static class DataProtectionCertificate
{
    public const string Section = "ShopAssistant:DataProtection";

    public static X509Certificate2? Load(IConfiguration configuration)
    {
        var path = configuration[$"{Section}:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path)) return null;
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[$"{Section}:CertificatePassword"],
            X509KeyStorageFlags.EphemeralKeySet);
        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException($"{Section}:CertificatePath must name a certificate with its private key (.pfx).");
        return certificate;
    }
}
