using System.Net;
using System.Net.Http.Json;
using Hangfire;
using Hangfire.Common;
using Matching.Domain.Events;
using Matching.Infrastructure.Events;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Events;

/// <summary>The jobs' work (reminders, close-out, 금요채용마당 carry-over), called as the Hangfire jobs call it.</summary>
public sealed class EventJobsTests : IClassFixture<MatchingApiFactory>
{
    private readonly MatchingApiFactory factory;

    public EventJobsTests(MatchingApiFactory factory) => this.factory = factory;

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    [Fact]
    public async Task The_day_before_each_prematched_seeker_gets_one_reminder()
    {
        var admin = await factory.LoginAsync();
        var tomorrow = new DateTimeOffset(Bodies.Today.AddDays(1).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(9));
        var fair = await Fair.CreateAsync(admin, startsAt: tomorrow);
        var placed = (await fair.PrematchAsync(admin)).GetProperty("slots").EnumerateArray()
            .Select(s => s.GetProperty("seekerId").GetGuid()).Distinct().ToList();

        // The event's own reminder job may have gone out meanwhile (it is due from 10:00 KST today): either way, once.
        await InScopeAsync(sp => sp.GetRequiredService<ReminderService>().SendAsync(fair.EventId, CancellationToken.None));
        var again = await InScopeAsync(sp => sp.GetRequiredService<ReminderService>().SendAsync(fair.EventId, CancellationToken.None));

        Assert.Equal(0, again);
        var notifications = await HttpAssert.JsonAsync(await admin.GetAsync($"/api/events/{fair.EventId}/notifications"), HttpStatusCode.OK);
        var reminders = notifications.EnumerateArray().Where(n => n.GetProperty("kind").GetString() == "Reminder").ToList();
        Assert.Equal(placed.Order(), reminders.Select(r => r.GetProperty("seekerId").GetGuid()).Order());
        Assert.All(reminders, r => Assert.Contains("내일", r.GetProperty("text").GetString()));
        Assert.DoesNotContain(reminders, r => r.GetProperty("seekerId").GetGuid() == fair.Misfit);
    }

    [Fact]
    public async Task Creating_an_event_schedules_its_reminders_for_10_kst_the_day_before()
    {
        var admin = await factory.LoginAsync();
        var starts = new DateTimeOffset(Bodies.Today.AddDays(5).ToDateTime(new TimeOnly(14, 0)), TimeSpan.FromHours(9));
        var fair = await Fair.CreateAsync(admin, startsAt: starts);

        var jobId = await InScopeAsync(async sp => (await sp.GetRequiredService<MatchingDbContext>().Events.SingleAsync(e => e.Id == fair.EventId)).ReminderJobId);

        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = connection.GetJobData(jobId!);
        Assert.Equal((typeof(ReminderJob), "Scheduled"), (job?.Job.Type, job?.State));
        Assert.Equal(fair.EventId, job!.Job.Args[0]);
        var enqueueAt = JobHelper.DeserializeDateTime(connection.GetStateData(jobId!).Data["EnqueueAt"]);
        Assert.Equal(starts.AddDays(-1).Date.AddHours(10), new DateTimeOffset(enqueueAt, TimeSpan.Zero).ToOffset(TimeSpan.FromHours(9)).DateTime);
    }

    [Fact]
    public async Task The_close_out_sweep_closes_only_events_that_have_ended()
    {
        var admin = await factory.LoginAsync();
        var ended = await Fair.CreateAsync(admin, startsAt: DateTimeOffset.UtcNow.AddHours(-2));
        var running = await Fair.CreateAsync(admin, startsAt: DateTimeOffset.UtcNow.AddMinutes(-10));
        await ended.PrematchAsync(admin);

        await InScopeAsync(sp => sp.GetRequiredService<EventCloser>().CloseDueAsync(CancellationToken.None));
        var closedAgain = await InScopeAsync(sp => sp.GetRequiredService<EventCloser>().CloseAsync(ended.EventId, CancellationToken.None));

        Assert.Null(closedAgain);
        var endedNow = await HttpAssert.JsonAsync(await admin.GetAsync($"/api/events/{ended.EventId}"), HttpStatusCode.OK);
        Assert.Equal("Closed", endedNow.GetProperty("status").GetString());
        Assert.Equal(5, endedNow.GetProperty("results").GetProperty("noShows").GetInt32());
        var runningNow = await HttpAssert.JsonAsync(await admin.GetAsync($"/api/events/{running.EventId}"), HttpStatusCode.OK);
        Assert.Equal("Scheduled", runningNow.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_friday_no_show_is_invited_on_to_next_week_at_most_twice_with_fresh_matches()
    {
        var admin = await factory.LoginAsync();
        var firstFriday = new DateTimeOffset(Bodies.Today.AddDays(3).ToDateTime(new TimeOnly(14, 0)), TimeSpan.FromHours(9));
        var fair = await Fair.CreateAsync(admin, kind: "FridayHiring", startsAt: firstFriday);
        var week = await WeeklySeriesAsync(fair.EventId, firstFriday, weeks: 4);
        var (employerId, openingId) = fair.Booths[0];
        foreach (var next in week.Skip(1))
        {
            await Fair.PostAsync(admin, $"/api/events/{next}/employers",
                new { employerId, openingIds = new[] { openingId }, interviewersPerSlot = 1 }, HttpStatusCode.Created);
        }

        // Nobody comes three Fridays running.
        await fair.PrematchAsync(admin);
        await Fair.PostAsync(admin, $"/api/events/{week[0]}/close", new { }, HttpStatusCode.OK);
        var second = await AttendeesAsync(admin, week[1]);
        Assert.Equal(fair.Fitting.Order(), second.Keys.Order());
        Assert.All(second.Values, a => Assert.Equal(("CarriedOver", 1), a));
        var invitations = await HttpAssert.JsonAsync(await admin.GetAsync($"/api/events/{week[1]}/notifications"), HttpStatusCode.OK);
        Assert.Equal(5, invitations.EnumerateArray().Count(n => n.GetProperty("kind").GetString() == "CarryOver"));

        var secondFair = new Fair { EventId = week[1], Booths = [fair.Booths[0]], Fitting = fair.Fitting, Misfit = fair.Misfit };
        var secondTimetable = await secondFair.PrematchAsync(admin);
        Assert.NotEmpty(secondTimetable.GetProperty("slots").EnumerateArray());
        var noShowsWeek2 = secondTimetable.GetProperty("slots").EnumerateArray().Select(s => s.GetProperty("seekerId").GetGuid()).ToHashSet();
        await Fair.PostAsync(admin, $"/api/events/{week[1]}/close", new { }, HttpStatusCode.OK);
        var third = await AttendeesAsync(admin, week[2]);
        Assert.Equal(noShowsWeek2.Order(), third.Keys.Order());
        Assert.All(third.Values, a => Assert.Equal(("CarriedOver", 2), a));

        var thirdFair = secondFair with { EventId = week[2] };
        await thirdFair.PrematchAsync(admin);
        var results = await Fair.PostAsync(admin, $"/api/events/{week[2]}/close", new { }, HttpStatusCode.OK);
        Assert.Equal(0, results.GetProperty("carriedOver").GetInt32());
        Assert.Empty(await AttendeesAsync(admin, week[3]));
    }

    /// <summary>Puts the fair and the following Fridays into one series, as the series job would have created them.</summary>
    private async Task<List<Guid>> WeeklySeriesAsync(Guid firstEventId, DateTimeOffset first, int weeks) =>
        await InScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<MatchingDbContext>();
            var series = new EventSeries
            {
                Id = Guid.NewGuid(), Kind = EventKind.FridayHiring, Title = "금요채용마당", Schedule = "0 0 14 ? * FRI",
                DurationMinutes = 60, Venue = "서구청 대강당", SlotMinutes = 30, CreateAheadDays = 14, CreatedAt = DateTimeOffset.UtcNow,
            };
            db.EventSeries.Add(series);
            var firstEvent = await db.Events.FirstAsync(e => e.Id == firstEventId);
            firstEvent.SeriesId = series.Id;
            var ids = new List<Guid> { firstEventId };
            for (var w = 1; w < weeks; w++)
            {
                var ev = new RecruitmentEvent
                {
                    Id = Guid.NewGuid(), Version = 1, Kind = EventKind.FridayHiring, Title = "금요채용마당", Venue = "서구청 대강당",
                    StartsAt = first.AddDays(7 * w), EndsAt = first.AddDays(7 * w).AddHours(1), SlotMinutes = 30, SeriesId = series.Id,
                    CreatedAt = DateTimeOffset.UtcNow,
                };
                db.Events.Add(ev);
                ids.Add(ev.Id);
            }

            await db.SaveChangesAsync();
            return ids;
        });

    private static async Task<Dictionary<Guid, (string, int)>> AttendeesAsync(HttpClient staff, Guid eventId) =>
        (await HttpAssert.JsonAsync(await staff.GetAsync($"/api/events/{eventId}/seekers"), HttpStatusCode.OK)).EnumerateArray()
            .ToDictionary(a => a.GetProperty("seekerId").GetGuid(), a => (a.GetProperty("source").GetString()!, a.GetProperty("carryCount").GetInt32()));
}
