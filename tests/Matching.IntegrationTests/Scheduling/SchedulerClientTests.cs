using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Matching.Infrastructure.Store;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Scheduling;

/// <summary>
/// An API node that does not run the scheduler (<c>Matching:Worker:InProcess=false</c>) still schedules
/// one-shot jobs through <c>ISchedulerFactory</c>: on PostgreSQL a worker fires them from the shared
/// store; with the RAM store the node fires them itself.
/// </summary>
public sealed class SchedulerClientTests
{
    private static readonly object Friday = new
    {
        kind = "FridayHiring", title = "금요채용마당", schedule = "0 0 14 ? * FRI", durationMinutes = 180, venue = "서구 일자리센터",
    };

    [PostgresFact]
    public async Task On_postgresql_a_series_created_on_an_api_node_is_run_by_a_worker()
    {
        var connectionString = PostgresFactAttribute.NewDatabase();
        var settings = new Dictionary<string, string>
        {
            ["Matching:Store:Provider"] = "PostgreSql",
            ["Matching:Store:ConnectionString"] = connectionString,
            ["Matching:Bootstrap:AdminEmail"] = MatchingApiFactory.AdminEmail,
            ["Matching:Bootstrap:AdminPassword"] = MatchingApiFactory.AdminPassword,
            ["Matching:Worker:InProcess"] = "false",
            // The schedule never fires during the test: only the API's request can run the job.
            ["Matching:Scheduler:SeriesSchedule"] = "0 0 0 1 1 ? 2099",
            ["Matching:Scheduler:IdleWaitTime"] = "00:00:01",
        };
        await using var worker = await HostProcess.StartWorkerAsync(settings);
        await using var api = await HostProcess.StartApiAsync(settings);
        var http = await SignInAsync(new HttpClient { BaseAddress = new Uri(api.BaseUrl!) });

        var id = (await HttpAssert.JsonAsync(await http.PostAsJsonAsync("/api/event-series", Friday), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        await using var db = new MatchingDbContext(new DbContextOptionsBuilder<MatchingDbContext>().UseNpgsql(connectionString).Options);
        await WaitForInstancesAsync(() => db.Events.CountAsync(e => e.SeriesId == id), api, worker);
        Assert.Contains("Series run", worker.Output);
        Assert.DoesNotContain("Series run", api.Output);
        // Only the worker is a cluster node: the API's scheduler was built but never started.
        Assert.Equal(1, await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM qrtz_scheduler_state").SingleAsync());
    }

    [Fact]
    public async Task With_the_ram_store_an_api_node_without_the_worker_runs_its_own_series_job()
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
