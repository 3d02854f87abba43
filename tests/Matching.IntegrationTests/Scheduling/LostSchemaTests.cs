using Hangfire;
using Hangfire.States;
using Matching.Domain.Events;
using Matching.Infrastructure.Events;
using Matching.Infrastructure.Scheduling;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Matching.IntegrationTests.Scheduling;

/// <summary>
/// A PostgreSQL deployment whose <c>hangfire</c> schema was lost (dropped, or a restore without it) gets its work back
/// at the next start, from the service's own tables: the series' and close-out recurring jobs, the reminders still
/// due and the pre-match still queued, which then runs.
/// </summary>
public sealed class LostSchemaTests
{
    [PostgresFact]
    public async Task A_start_after_the_hangfire_schema_was_dropped_puts_back_every_job_from_the_store()
    {
        var connectionString = PostgresFactAttribute.NewDatabase();
        var clock = TimeProvider.System;
        Guid seriesId, later, queued;
        await using (var first = await SchedulerHost.StartAsync(StoreProvider.PostgreSql, connectionString, clock, new LogCapture()))
        {
            seriesId = await first.AddSeriesAsync(createdAt: clock.GetUtcNow(), lastRunAt: clock.GetUtcNow());
            await first.RegisterSeriesAsync(seriesId);
            later = await AddEventAsync(first, daysAhead: 5, PrematchStatus.None);
            queued = await AddEventAsync(first, daysAhead: 9, PrematchStatus.Queued);
            await using var scope = first.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<EventJobs>().ScheduleReminderAsync(later, clock.GetUtcNow().AddDays(5), CancellationToken.None);
        }

        await using (var db = new NpgsqlConnection(connectionString))
        {
            await db.OpenAsync();
            await new NpgsqlCommand("DROP SCHEMA hangfire CASCADE", db).ExecuteNonQueryAsync();
        }

        var logs = new LogCapture();
        await using var restarted = await SchedulerHost.StartAsync(StoreProvider.PostgreSql, connectionString, clock, logs);

        Assert.Equal("0 0 14 ? * FRI", restarted.RecurringJob(SeriesRecurringJobs.JobId(seriesId))?.Cron);
        Assert.Equal(CloseOutJob.Schedule, restarted.RecurringJob(CloseOutJob.RecurringJobId)?.Cron);
        Assert.Contains(logs.Entries, e => e.Message.Contains("1 series jobs put back (0 missed runs made up), 1 pre-matches queued again, 2 reminders scheduled again", StringComparison.Ordinal));
        var reminderJob = await restarted.WithDbAsync(async db => (await db.Events.SingleAsync(e => e.Id == later)).ReminderJobId);
        using (var connection = restarted.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            var job = connection.GetJobData(reminderJob!);
            Assert.Equal((typeof(ReminderJob), ScheduledState.StateName), (job?.Job.Type, job?.State));
        }

        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!await restarted.WithDbAsync(db => db.Events.AnyAsync(e => e.Id == queued && e.PrematchStatus == PrematchStatus.Done)))
        {
            Assert.True(DateTime.UtcNow < deadline, "the queued pre-match never ran");
            await Task.Delay(200);
        }
    }

    private static async Task<Guid> AddEventAsync(SchedulerHost host, int daysAhead, PrematchStatus prematch)
    {
        var starts = DateTimeOffset.UtcNow.AddDays(daysAhead);
        var ev = new RecruitmentEvent
        {
            Id = Guid.NewGuid(), Version = 1, Kind = EventKind.JobFair, Title = "채용한마당", Venue = "서구청", StartsAt = starts,
            EndsAt = starts.AddHours(2), SlotMinutes = 30, PrematchStatus = prematch, CreatedAt = DateTimeOffset.UtcNow,
        };
        await host.WithDbAsync(async db =>
        {
            db.Events.Add(ev);
            return await db.SaveChangesAsync();
        });
        return ev.Id;
    }
}
