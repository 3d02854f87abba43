using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hangfire;
using Hangfire.Storage;
using Matching.Application.Privacy;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Matching.IntegrationTests.Privacy;

/// <summary>
/// The retention rule on a clock the test moves: three years after a seeker's last activity their personal data
/// is erased through the withdrawal path, the statistics still count them, and the admin is told a month ahead.
/// </summary>
public sealed class RetentionTests : IDisposable
{
    private readonly FakeTimeProvider clock = new(Kst(2023, 3, 2));
    private readonly MatchingApiFactory factory;

    public RetentionTests() => factory = new MatchingApiFactory { ConfigureServices = s => s.AddSingleton<TimeProvider>(clock) };

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task The_job_erases_exactly_the_seekers_inactive_for_three_years_and_keeps_their_statistics()
    {
        var admin = await factory.LoginAsync();
        var employerId = await IdAsync(admin.PostAsJsonAsync("/api/employers", Bodies.Employer()));
        var opening = Bodies.Opening(employerId);
        opening["closesOn"] = "2026-12-31";
        var openingId = await IdAsync(admin.PostAsJsonAsync("/api/openings", opening));
        var dormant = await SeekerAsync(admin, "휴면인", 1970);
        var referred = await SeekerAsync(admin, "알선인", 1980);
        var edited = await SeekerAsync(admin, "수정인", 1990);

        // Bearer tokens expire on the same clock, so each jump signs in again.
        clock.SetUtcNow(Kst(2023, 4, 15));
        admin = await factory.LoginAsync();
        var nextMonth = await SeekerAsync(admin, "다음달", 1975);

        // Activity later on: a referral for one, a changed profile for another.
        clock.SetUtcNow(Kst(2024, 6, 10));
        admin = await factory.LoginAsync();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/referrals", new { seekerId = referred, openingId })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"/api/seekers/{edited}/consents", new { kind = "ShareWithEmployer", given = true })).StatusCode);

        clock.SetUtcNow(Kst(2026, 3, 5));
        admin = await factory.LoginAsync();
        var fresh = await SeekerAsync(admin, "새얼굴", 1995);
        var statsBefore = await admin.GetStringAsync("/api/stats/labour-market?from=2023-01-01&to=2026-12-31");

        // Next month (April 2026) the seeker last active on 2023-04-15 is due; the overdue one is not next month's.
        var report = await HttpAssert.JsonAsync(await admin.GetAsync("/api/privacy/erasures"), HttpStatusCode.OK);
        Assert.Equal((2026, 4, 3), (report.GetProperty("year").GetInt32(), report.GetProperty("month").GetInt32(), report.GetProperty("retentionYears").GetInt32()));
        var due = Assert.Single(report.GetProperty("seekers").EnumerateArray());
        Assert.Equal(("다음달", "2026-04-15"), (due.GetProperty("name").GetString(), due.GetProperty("erasedOn").GetString()));

        // The recurring job, daily at 03:00 Seoul time, fired now through Hangfire.
        var job = Assert.Single(factory.Services.GetRequiredService<JobStorage>().GetConnection().GetRecurringJobs(), j => j.Id == RetentionJob.RecurringJobId);
        Assert.Equal(("0 3 * * *", "Asia/Seoul"), (job.Cron, job.TimeZoneId));
        factory.Services.GetRequiredService<IRecurringJobManagerV2>().TriggerJob(RetentionJob.RecurringJobId);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await admin.GetAsync($"/api/seekers/{dormant}")).StatusCode != HttpStatusCode.NotFound && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/seekers/{dormant}")).StatusCode);
        foreach (var kept in new[] { referred, edited, nextMonth, fresh })
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/seekers/{kept}")).StatusCode);
        }

        Assert.Equal(statsBefore, await admin.GetStringAsync("/api/stats/labour-market?from=2023-01-01&to=2026-12-31"));
        // Found among the seeker's records, not taken as the newest: the poll above reads the seeker while the job runs, and
        // the clock stands still, so a read answered just before the erasure may be committed, and sort, just after it.
        var erasure = Assert.Single((await admin.GetFromJsonAsync<JsonElement>($"/api/audit?subjectId={dormant}")).EnumerateArray(),
            r => r.GetProperty("actorRole").GetString() == "System");
        Assert.Equal(("Change", EraseInactiveSeekers.Where), (erasure.GetProperty("action").GetString(), erasure.GetProperty("where").GetString()));

        // A month and a bit on, the next one goes; running again erases nobody twice.
        clock.SetUtcNow(Kst(2026, 4, 16));
        Assert.Equal(1, await RunJobAsync());
        Assert.Equal(0, await RunJobAsync());
        admin = await factory.LoginAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/seekers/{nextMonth}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/seekers/{referred}")).StatusCode);
        Assert.Equal(statsBefore, await admin.GetStringAsync("/api/stats/labour-market?from=2023-01-01&to=2026-12-31"));
    }

    private async Task<int> RunJobAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EraseInactiveSeekers>().RunAsync();
    }

    private async Task<Guid> SeekerAsync(HttpClient admin, string name, int birthYear)
    {
        var body = Bodies.Seeker();
        body["name"] = name;
        body["birthYear"] = birthYear;
        body["registeredOn"] = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).DateTime).ToString("yyyy-MM-dd");
        return await IdAsync(admin.PostAsJsonAsync("/api/seekers", body));
    }

    private static async Task<Guid> IdAsync(Task<HttpResponseMessage> call) =>
        (await HttpAssert.JsonAsync(await call, HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static DateTimeOffset Kst(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(9));
}
