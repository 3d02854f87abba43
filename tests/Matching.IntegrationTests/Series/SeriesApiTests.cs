using System.Net;
using System.Net.Http.Json;
using Hangfire;
using Hangfire.Storage;
using Matching.Infrastructure.Scheduling;
using Matching.Infrastructure.Store;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Series;

public sealed class SeriesApiTests : IClassFixture<MatchingApiFactory>
{
    private readonly MatchingApiFactory factory;

    public SeriesApiTests(MatchingApiFactory factory) => this.factory = factory;

    private static object Friday(string? schedule = "0 0 14 ? * FRI") => new
    {
        kind = "FridayHiring", title = "금요채용마당", schedule, durationMinutes = 180, venue = "서구 일자리센터 3층",
    };

    [Fact]
    public async Task An_organiser_creates_a_friday_series_and_its_instances_are_created_at_once()
    {
        var organiser = await factory.ClientForRoleAsync("Organiser");

        var response = await organiser.PostAsJsonAsync("/api/event-series", Friday());

        var body = await HttpAssert.JsonAsync(response, HttpStatusCode.Created);
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/event-series/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("FridayHiring", body.GetProperty("kind").GetString());
        Assert.Equal("금요채용마당", body.GetProperty("kindName").GetString());
        Assert.Equal("0 0 14 ? * FRI", body.GetProperty("schedule").GetString());
        Assert.Equal(14, body.GetProperty("createAheadDays").GetInt32());
        Assert.Equal(30, body.GetProperty("slotMinutes").GetInt32());
        Assert.True(body.GetProperty("active").GetBoolean());

        // The job runs on the scheduler right after the 201; its instances are the next Fridays at 14:00 KST.
        var expected = FridaysAhead(14);
        var instances = await InstancesAsync(id, atLeast: expected.Count);
        Assert.Equal(expected, instances);
        Assert.All(instances, startsAt => Assert.Equal(TimeSpan.FromHours(9), startsAt.Offset));

        // The series is a recurring job on its own schedule, in Seoul; each instance has its reminders scheduled.
        var job = RecurringJob(id);
        Assert.Equal(("0 0 14 ? * FRI", "Asia/Seoul"), (job?.Cron, job?.TimeZoneId));
        await using var scope = factory.Services.CreateAsyncScope();
        var reminders = await scope.ServiceProvider.GetRequiredService<MatchingDbContext>().Events
            .Where(e => e.SeriesId == id).Select(e => e.ReminderJobId).ToListAsync();
        Assert.All(reminders, Assert.NotNull);
    }

    [Fact]
    public async Task The_standard_five_field_form_is_accepted_and_makes_the_same_fridays()
    {
        var organiser = await factory.ClientForRoleAsync("Organiser");

        var id = (await HttpAssert.JsonAsync(await organiser.PostAsJsonAsync("/api/event-series", Friday("0 14 * * FRI")), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

        var expected = FridaysAhead(14);
        Assert.Equal(expected, await InstancesAsync(id, atLeast: expected.Count));
        Assert.Equal("0 14 * * FRI", RecurringJob(id)?.Cron);
    }

    [Fact]
    public async Task A_weekday_number_in_the_six_field_form_is_a_400_naming_the_weekdays_in_korean()
    {
        var organiser = await factory.ClientForRoleAsync("Organiser");

        var response = await organiser.PostAsJsonAsync("/api/event-series", Friday("0 0 14 ? * 6"));

        var body = await HttpAssert.JsonAsync(response, HttpStatusCode.BadRequest);
        var message = body.GetProperty("errors").GetProperty("schedule")[0].GetString()!;
        Assert.Contains("요일", message);
        Assert.All(new[] { "SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT" }, name => Assert.Contains(name, message));
    }

    /// <summary>Fridays 14:00 KST in the next <paramref name="days"/> days that are not shipped holidays.</summary>
    private static List<DateTimeOffset> FridaysAhead(int days)
    {
        var now = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9));
        var holidays = PublicHolidayFile.Read().Select(h => h.Date).ToHashSet();
        return Enumerable.Range(0, days + 1)
            .Select(d => new DateTimeOffset(now.Date.AddDays(d).AddHours(14), TimeSpan.FromHours(9)))
            .Where(t => t > now && t <= now.AddDays(days) && t.DayOfWeek == DayOfWeek.Friday && !holidays.Contains(DateOnly.FromDateTime(t.Date)))
            .ToList();
    }

    [Fact]
    public async Task A_bad_series_is_a_400_naming_each_field_in_korean()
    {
        var admin = await factory.LoginAsync();
        var response = await admin.PostAsJsonAsync("/api/event-series", new
        {
            kind = (string?)null, title = " ", schedule = "0 0 25 ? * FRI", durationMinutes = 0, venue = new string('가', 201),
            createAheadDays = 91, slotMinutes = 2,
        });

        var body = await HttpAssert.JsonAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = body.GetProperty("errors");
        foreach (var field in new[] { "kind", "title", "schedule", "durationMinutes", "venue", "createAheadDays", "slotMinutes" })
        {
            Assert.True(errors.TryGetProperty(field, out var messages), $"no error for {field}: {body}");
            Assert.Matches("[가-힣]", messages[0].GetString());
        }
    }

    [Theory]
    [InlineData("every friday")]
    [InlineData("0 0 14 ? * FRI 2020")]
    [InlineData("* * * * * ?")]
    public async Task A_schedule_that_is_not_cron_has_no_date_ahead_or_is_too_frequent_is_refused(string schedule)
    {
        var admin = await factory.LoginAsync();
        await HttpAssert.ValidationErrorAsync(await admin.PostAsJsonAsync("/api/event-series", Friday(schedule)), "schedule");
    }

    [Fact]
    public async Task An_unknown_kind_is_a_400_naming_kind()
    {
        var admin = await factory.LoginAsync();
        await HttpAssert.ValidationErrorAsync(await admin.PostAsJsonAsync("/api/event-series", new
        {
            kind = "Festival", title = "축제", schedule = "0 0 14 ? * FRI", durationMinutes = 60, venue = "광장",
        }), "kind");
    }

    [Fact]
    public async Task Counsellors_read_series_but_only_organisers_and_admins_write_them()
    {
        var organiser = await factory.ClientForRoleAsync("Organiser");
        var id = (await HttpAssert.JsonAsync(await organiser.PostAsJsonAsync("/api/event-series", Friday()), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var counsellor = await factory.ClientForRoleAsync("Counsellor");

        var listed = await HttpAssert.JsonAsync(await counsellor.GetAsync("/api/event-series"), HttpStatusCode.OK);
        Assert.Contains(listed.EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
        await HttpAssert.JsonAsync(await counsellor.GetAsync($"/api/event-series/{id}"), HttpStatusCode.OK);
        await HttpAssert.ProblemAsync(await counsellor.PostAsJsonAsync("/api/event-series", Friday()), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await counsellor.DeleteAsync($"/api/event-series/{id}"), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync("/api/event-series")).StatusCode);

        var employer = await EmployerClientAsync();
        await HttpAssert.ProblemAsync(await employer.GetAsync("/api/event-series"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Deleting_a_series_deactivates_it_and_keeps_its_instances()
    {
        var organiser = await factory.ClientForRoleAsync("Organiser");
        var id = (await HttpAssert.JsonAsync(await organiser.PostAsJsonAsync("/api/event-series", Friday()), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var before = await InstancesAsync(id, atLeast: FridaysAhead(14).Count);

        Assert.Equal(HttpStatusCode.NoContent, (await organiser.DeleteAsync($"/api/event-series/{id}")).StatusCode);

        var series = await HttpAssert.JsonAsync(await organiser.GetAsync($"/api/event-series/{id}"), HttpStatusCode.OK);
        Assert.False(series.GetProperty("active").GetBoolean());
        var active = await HttpAssert.JsonAsync(await organiser.GetAsync("/api/event-series?active=true"), HttpStatusCode.OK);
        Assert.DoesNotContain(active.EnumerateArray(), s => s.GetProperty("id").GetGuid() == id);
        Assert.Equal(before, await InstancesAsync(id, atLeast: 0));
        Assert.Null(RecurringJob(id));
        await HttpAssert.ProblemAsync(await organiser.DeleteAsync($"/api/event-series/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await HttpAssert.ProblemAsync(await organiser.GetAsync($"/api/event-series/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }

    private async Task<List<DateTimeOffset>> InstancesAsync(Guid seriesId, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
            var starts = (await db.Events.AsNoTracking().Where(e => e.SeriesId == seriesId).Select(e => e.StartsAt).ToListAsync()).Order().ToList();
            if (starts.Count >= atLeast || DateTime.UtcNow > deadline)
            {
                return starts;
            }

            await Task.Delay(100);
        }
    }

    private RecurringJobDto? RecurringJob(Guid seriesId)
    {
        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs([SeriesRecurringJobs.JobId(seriesId)]).SingleOrDefault(j => !j.Removed);
    }

    private async Task<HttpClient> EmployerClientAsync()
    {
        var counsellor = await factory.ClientForRoleAsync("Counsellor");
        var employerId = (await HttpAssert.JsonAsync(await counsellor.PostAsJsonAsync("/api/employers",
            Bodies.Employer(Bodies.BusinessNumber(Random.Shared.Next(1, 100_000)))), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        return await factory.ClientForRoleAsync("Employer", employerId);
    }
}
