using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Matching.IntegrationTests.Infrastructure;
using Npgsql;

namespace Matching.IntegrationTests.Security;

/// <summary>
/// A full run of a real API process, logging at Information everywhere (as an operator chasing a problem might
/// set it), must not write its database password, any account's password or any token to its logs.
/// </summary>
public sealed class SecretsInLogsTests
{
    [PostgresFact]
    public async Task No_password_connection_secret_or_token_reaches_the_logs_of_a_full_run()
    {
        // A role of its own, so its password is a string nothing else could print.
        var server = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)!;
        var role = $"matching_logs_{Guid.NewGuid():N}"[..30];
        var dbPassword = $"Db-{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE ROLE {role} LOGIN CREATEDB PASSWORD '{dbPassword}'", admin);
            await create.ExecuteNonQueryAsync();
        }

        try
        {
            var host = new NpgsqlConnectionStringBuilder(server);
            var connectionString = $"Host={host.Host};Port={host.Port};Username={role};Password={dbPassword};Database={role}";
            var adminPassword = $"Admin-{Guid.NewGuid():N}";
            var secrets = new List<string> { dbPassword, adminPassword };
            await using var api = await HostProcess.StartApiAsync(new Dictionary<string, string>
            {
                ["Matching:Store:Provider"] = "PostgreSql",
                ["Matching:Store:ConnectionString"] = connectionString,
                ["Matching:Bootstrap:AdminEmail"] = MatchingApiFactory.AdminEmail,
                ["Matching:Bootstrap:AdminPassword"] = adminPassword,
                ["Matching:DataProtection:CertificatePassword"] = $"Cert-{Guid.NewGuid():N}",
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Information",
            });
            using var http = new HttpClient { BaseAddress = new Uri(api.BaseUrl!) };

            // Sign-ins right and wrong, a refresh, a new account, its forced reset and new password, a seeker, the hub, sign-out.
            var wrong = $"Wrong-{Guid.NewGuid():N}";
            secrets.Add(wrong);
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsJsonAsync("/auth/login", new { email = MatchingApiFactory.AdminEmail, password = wrong })).StatusCode);
            var tokens = await HttpAssert.JsonAsync(await http.PostAsJsonAsync("/auth/login", new { email = MatchingApiFactory.AdminEmail, password = adminPassword }), HttpStatusCode.OK);
            var refreshed = await HttpAssert.JsonAsync(await http.PostAsJsonAsync("/auth/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() }), HttpStatusCode.OK);
            secrets.AddRange([tokens.GetProperty("accessToken").GetString()!, tokens.GetProperty("refreshToken").GetString()!,
                refreshed.GetProperty("accessToken").GetString()!, refreshed.GetProperty("refreshToken").GetString()!]);
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", refreshed.GetProperty("accessToken").GetString());

            var userPassword = $"User-{Guid.NewGuid():N}";
            secrets.Add(userPassword);
            var user = await HttpAssert.JsonAsync(await http.PostAsJsonAsync("/api/users", new { email = "logs@test.local", password = userPassword, role = "Counsellor" }), HttpStatusCode.Created);
            var reset = await HttpAssert.JsonAsync(await http.PostAsync($"/api/users/{user.GetProperty("id").GetGuid()}/password-reset", null), HttpStatusCode.OK);
            var temporary = reset.GetProperty("temporaryPassword").GetString()!;
            var newPassword = $"New-{Guid.NewGuid():N}";
            secrets.AddRange([temporary, newPassword]);
            Assert.Equal(HttpStatusCode.NoContent, (await http.PostAsJsonAsync("/auth/password", new { email = "logs@test.local", currentPassword = temporary, newPassword })).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await http.PostAsJsonAsync("/api/seekers", Bodies.Seeker())).StatusCode);
            // The JavaScript client sends its token in the query of the WebSocket request; that URL must not be logged.
            await http.GetAsync($"/hubs/matching?id=x&access_token={Uri.EscapeDataString(refreshed.GetProperty("accessToken").GetString()!)}");
            Assert.Equal(HttpStatusCode.NoContent, (await http.PostAsync("/auth/logout", null)).StatusCode);
            await Task.Delay(500);

            var logs = api.Output;
            Assert.Contains("Now listening on", logs);
            Assert.Contains("Store ready", logs);
            var leaked = secrets.Where(s => logs.Contains(s, StringComparison.Ordinal) || logs.Contains(Uri.EscapeDataString(s), StringComparison.Ordinal)).ToList();
            Assert.True(leaked.Count == 0, $"{leaked.Count} secrets found in the logs:\n{string.Join("\n", leaked.Select(s => s[..Math.Min(12, s.Length)] + "…"))}");
        }
        finally
        {
            // The API process has stopped (its scope ended above); its database and role would stay behind every run.
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using (var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {role} WITH (FORCE)", admin))
            {
                await drop.ExecuteNonQueryAsync();
            }

            await using (var dropRole = new NpgsqlCommand($"DROP ROLE IF EXISTS {role}", admin))
            {
                await dropRole.ExecuteNonQueryAsync();
            }
        }
    }
}
