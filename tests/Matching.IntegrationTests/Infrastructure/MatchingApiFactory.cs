using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Matching.IntegrationTests.Infrastructure;

/// <summary>The real host on a SQLite file of its own (or the PostgreSQL database given), in-memory bus.</summary>
public sealed class MatchingApiFactory : WebApplicationFactory<Program>
{
    private readonly string provider;
    private readonly string? connectionString;
    private readonly IReadOnlyDictionary<string, string> settings;

    public MatchingApiFactory()
        : this("Sqlite", null)
    {
    }

    internal MatchingApiFactory(string provider, string? connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        this.provider = provider;
        this.connectionString = connectionString;
        this.settings = settings ?? new Dictionary<string, string>();
    }

    public const string AdminEmail = "admin@test.local";
    public const string AdminPassword = "Admin-Pass-1";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"matching-test-{Guid.NewGuid():N}.db");

    public string ConnectionString => connectionString ?? $"Data Source={DatabasePath}";

    /// <summary>Replaces services after the app's own registrations (an outside system's stand-in, such as an SMS gateway).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.AddProvider(ServerErrors.Provider));
        builder.UseSetting("Matching:Store:Provider", provider);
        builder.UseSetting("Matching:Store:ConnectionString", ConnectionString);
        builder.UseSetting("Matching:Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting("Matching:Bootstrap:AdminPassword", AdminPassword);
        foreach (var (key, value) in TestSettings.LoginLimits)
        {
            builder.UseSetting(key, value);
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (ConfigureServices is { } configure)
        {
            builder.ConfigureTestServices(configure);
        }
    }

    public async Task<HttpClient> LoginAsync(string email = AdminEmail, string password = AdminPassword)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Creates an account of <paramref name="role"/> through the admin API and signs it in.</summary>
    public async Task<HttpClient> ClientForRoleAsync(string role, Guid? employerId = null)
    {
        var admin = await LoginAsync();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
        const string password = "Role-Pass-1";
        var created = await admin.PostAsJsonAsync("/api/users", new { email, password, role, employerId });
        created.EnsureSuccessStatusCode();
        return await LoginAsync(email, password);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && connectionString is null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Scheduling.TempSqlite.Delete(DatabasePath);
        }
    }
}
