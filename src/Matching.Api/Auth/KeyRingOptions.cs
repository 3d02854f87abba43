using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Matching.Api.Auth;

/// <summary>
/// The data-protection key ring signs every token and cookie and is kept in the store. With a certificate
/// configured its keys are encrypted there (XML encryption to the certificate), so a copy of the database alone
/// forges nothing. Every node needs the same certificate, with its private key.
/// </summary>
public sealed class KeyRingOptions
{
    public const string SectionName = "Matching:DataProtection";

    /// <summary>A PKCS#12 file (.pfx) holding the certificate and its private key.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Certificates used before, kept only to read keys they encrypted while a new one takes over.</summary>
    public string[] PreviousCertificatePaths { get; set; } = [];

    internal void Apply(IDataProtectionBuilder dataProtection)
    {
        if (string.IsNullOrEmpty(CertificatePath))
        {
            return;
        }

        var current = Load(CertificatePath);
        dataProtection.ProtectKeysWithCertificate(current)
            .UnprotectKeysWithAnyCertificate([current, .. PreviousCertificatePaths.Select(Load)]);
    }

    private X509Certificate2 Load(string path) =>
        X509CertificateLoader.LoadPkcs12FromFile(path, CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
}
