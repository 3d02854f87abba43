using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Matching.Infrastructure.Store;
using Matching.IntegrationTests.Events;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Scheduling;

/// <summary>
/// An API node that runs no job server (<c>Matching:Worker:InProcess=false</c> on PostgreSQL) only enqueues into
/// the shared storage, and a worker process runs what it enqueued. The in-memory storage is shared with no other
/// process, so there such a node runs its own jobs.
/// </summary>
public sealed class SchedulerClientTests
{
    private static readonly object Friday = new
    {
        kind = "FridayHiring", title = "금요채용마당", schedule = "0 0 14 ? * FRI", durationMinutes = 180, venue = "서구 일자리센터",
    };

    [PostgresFact]
    public async Task On_postgresql_a_series_and_a_prematch_asked_of_an_api_node_without_a_server_run_on_a_worker()
    {
        var connectionString = PostgresFactAttribute.NewDatabase();
        var settings = new Dictionary<string, string>
        {
            ["Matching:Store:Provider"] = "PostgreSql",
            ["Matching:Store:ConnectionString"] = connectionString,
            ["Matching:Bootstrap:AdminEmail"] = MatchingApiFactory.AdminEmail,
            ["Matching:Bootstrap:AdminPassword"] = MatchingApiFactory.AdminPassword,
            ["Matching:Worker:InProcess"] = "false",
        };
        await using var worker = await HostProcess.StartWorkerAsync(settings);
        await using var api = await HostProcess.StartApiAsync(settings);
        var http = await SignInAsync(new HttpClient { BaseAddress = new Uri(api.BaseUrl!) });

        var id = (await HttpAssert.JsonAsync(await http.PostAsJsonAsync("/api/event-series", Friday), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var fair = await Fair.CreateAsync(http);
        await fair.PrematchAsync(http).WithHostOutput(api, worker);

        await using var db = new MatchingDbContext(new DbContextOptionsBuilder<MatchingDbContext>().UseNpgsql(connectionString).Options);
        await WaitForInstancesAsync(() => db.Events.CountAsync(e => e.SeriesId == id), api, worker);
        await HostProcess.WaitForOutputAsync($"SeriesJob({id}) started", TimeSpan.FromSeconds(30), worker);
        await HostProcess.WaitForOutputAsync($"PrematchJob({fair.EventId}) started", TimeSpan.FromSeconds(30), worker);
        var ran = JobRun.From(worker.Output);
        Assert.Contains(ran, r => r.Job == "SeriesJob" && r.Argument == id.ToString());
        Assert.Contains(ran, r => r.Job == "PrematchJob" && r.Argument == fair.EventId.ToString());
        Assert.Empty(JobRun.From(api.Output));
        // Only the worker is a Hangfire server.
        Assert.Equal(1, await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM hangfire.server").SingleAsync());
    }

    [Fact]
    public async Task In_memory_an_api_node_without_the_worker_runs_its_own_series_job()
    {
        await using var factory = new MatchingApiFactory("Sqlite", null, new Dictionary<string, string> { ["Matching:Worker:InProcess"] = "false" });
        var http = await factory.LoginAsync();

        var id = (await HttpAssert.JsonAsync(await http.PostAsJsonAsync("/api/event-series", Friday), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        await WaitForInstancesAsync(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<MatchingDbContext>().Events.CountAsync(e => e.SeriesId == id);
        });
    }

    private static async Task<HttpClient> SignInAsync(HttpClient http)
    {
        var login = await HttpAssert.JsonAsync(await http.PostAsJsonAsync("/auth/login",
            new { email = MatchingApiFactory.AdminEmail, password = MatchingApiFactory.AdminPassword }), HttpStatusCode.OK);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        return http;
    }

    private static async Task WaitForInstancesAsync(Func<Task<int>> count, params HostProcess[] hosts)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await count() == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "no instance was created:\n" + string.Join("\n----\n", hosts.Select(h => h.Output)));
            await Task.Delay(200);
        }
    }
}
