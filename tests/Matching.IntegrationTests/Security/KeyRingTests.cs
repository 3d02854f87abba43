using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Matching.Infrastructure.Store;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Security;

/// <summary>With a certificate configured, the key ring in the store is encrypted: the database alone signs no token.</summary>
public sealed class KeyRingTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("matching-keyring-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Keys_are_stored_encrypted_to_the_certificate_and_only_a_node_holding_it_accepts_old_tokens()
    {
        const string password = "pfx-pass-1";
        var pfx = Path.Combine(folder, "keyring.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=matching key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(5));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pkcs12, password));
        }

        var database = $"Data Source={Path.Combine(folder, "store.db")}";
        var withCertificate = new Dictionary<string, string>
        {
            ["Matching:DataProtection:CertificatePath"] = pfx,
            ["Matching:DataProtection:CertificatePassword"] = password,
        };

        string token;
        using (var first = new MatchingApiFactory("Sqlite", database, withCertificate))
        {
            token = (await first.LoginAsync()).DefaultRequestHeaders.Authorization!.Parameter!;
            await using var scope = first.Services.CreateAsyncScope();
            var keys = await scope.ServiceProvider.GetRequiredService<MatchingDbContext>().DataProtectionKeys.Select(k => k.Xml).ToListAsync();
            Assert.NotEmpty(keys);
            Assert.All(keys, xml =>
            {
                Assert.Contains("EncryptedData", xml);
                Assert.Contains("X509Certificate", xml);
                Assert.DoesNotContain("<value>", xml);
            });
        }

        using (var again = new MatchingApiFactory("Sqlite", database, withCertificate))
        {
            Assert.Equal(HttpStatusCode.OK, (await GetUsersAsync(again, token)).StatusCode);
        }

        // Without the certificate the stored keys cannot be read, so nothing they signed is accepted.
        using var without = new MatchingApiFactory("Sqlite", database);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetUsersAsync(without, token)).StatusCode);
    }

    private static Task<HttpResponseMessage> GetUsersAsync(MatchingApiFactory factory, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/users");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return factory.CreateClient().SendAsync(request);
    }
}
