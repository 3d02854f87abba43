using Matching.Infrastructure.Scheduling;
using Matching.Infrastructure.Store;
using Microsoft.Extensions.Time.Testing;
using static Matching.IntegrationTests.Scheduling.Kst;

namespace Matching.IntegrationTests.Scheduling;

/// <summary>
/// Schedules in both forms, read by Cronos as Hangfire reads them. A weekday number in the 6-field form meant
/// the old scheduler's numbering (1 = Sunday); Cronos counts 0 as Sunday, so new ones are refused and stored ones translated.
/// </summary>
public sealed class SeriesScheduleTests
{
    private static readonly DateTimeOffset Monday = At(2026, 11, 2, 9);

    [Theory]
    [InlineData("0 14 * * FRI")]
    [InlineData("0 14 * * 5")]
    [InlineData("0 0 14 ? * FRI")]
    [InlineData("0 0 14 * * fri")]
    public void Both_forms_name_the_same_friday_at_14_kst(string schedule)
    {
        Assert.Null(SeriesSchedule.Problem(schedule));
        Assert.True(SeriesSchedule.TryParse(schedule, out var cron, out _));

        var starts = SeriesSchedule.StartsBetween(cron, Monday, Monday.AddDays(14), new HashSet<DateOnly>(), out _);

        Assert.Equal([At(2026, 11, 6, 14), At(2026, 11, 13, 14)], starts);
    }

    [Theory]
    [InlineData("0 0 14 ? * 6")]
    [InlineData("0 0 14 ? * 2-6")]
    [InlineData("0 0 14 ? * MON,6")]
    [InlineData("0 0 14 ? * 6#2")]
    public void A_weekday_number_in_the_six_field_form_is_refused_naming_the_weekdays(string schedule)
    {
        var problem = SeriesSchedule.Problem(schedule);

        Assert.Equal(SeriesSchedule.NumericWeekday, problem);
        foreach (var name in new[] { "SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT" })
        {
            Assert.Contains(name, problem);
        }
    }

    [Theory]
    [InlineData("0 0 14 ? * FRI#2")]
    [InlineData("0 0 14 ? * MON-FRI")]
    [InlineData("0 0 0/2 ? * *")]
    [InlineData("0 0 14 1/7 * ?")]
    public void Names_steps_and_nth_weekdays_are_not_weekday_numbers(string schedule) =>
        Assert.Null(SeriesSchedule.Problem(schedule));

    [Theory]
    [InlineData("0 0 14 ? * 6", "0 0 14 ? * 5", DayOfWeek.Friday)]
    [InlineData("0 0 14 ? * 1", "0 0 14 ? * 0", DayOfWeek.Sunday)]
    [InlineData("0 0 14 ? * 7", "0 0 14 ? * 6", DayOfWeek.Saturday)]
    [InlineData("0 0 14 ? * 2-6", "0 0 14 ? * 1-5", DayOfWeek.Monday)]
    [InlineData("0 0 14 ? * 6#2", "0 0 14 ? * 5#2", DayOfWeek.Friday)]
    public void A_stored_weekday_number_of_the_old_numbering_keeps_its_weekday(string stored, string forHangfire, DayOfWeek first)
    {
        Assert.True(SeriesSchedule.TryParse(stored, out var cron, out var hangfireCron));

        Assert.Equal(forHangfire, hangfireCron);
        Assert.Equal(first, SeriesSchedule.NextAfter(cron, At(2026, 11, 1, 15))!.Value.DayOfWeek); // from a Sunday afternoon
    }

    [Theory]
    [InlineData("every friday")]
    [InlineData("0 0 14 ? * FRI 2020")]
    [InlineData("0 14 * *")]
    [InlineData("0 0 25 ? * FRI")]
    public void What_is_not_five_or_six_field_cron_is_refused(string schedule) =>
        Assert.Equal(SeriesSchedule.NotCron, SeriesSchedule.Problem(schedule));

    /// <summary>
    /// A series saved before Hangfire as "0 0 14 ? * 6" (Friday in the old numbering): after the move its Hangfire job fires on
    /// Fridays at 14:00 KST, as Hangfire itself computes it, and its instances are Fridays.
    /// </summary>
    [Fact]
    public async Task A_series_stored_before_hangfire_with_a_weekday_number_still_fires_on_its_weekday()
    {
        using var file = new TempSqlite();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using (var first = await SchedulerHost.StartAsync(StoreProvider.Sqlite, file.ConnectionString, clock, new LogCapture()))
        {
            await first.AddSeriesAsync(schedule: "0 0 14 ? * 6", createAheadDays: 21, lastRunAt: clock.GetUtcNow());
        }

        var logs = new LogCapture();
        await using var host = await SchedulerHost.StartAsync(StoreProvider.Sqlite, file.ConnectionString, clock, logs);
        var seriesId = await host.WithDbAsync(db => Task.FromResult(db.EventSeries.Single().Id));
        var job = host.RecurringJob(SeriesRecurringJobs.JobId(seriesId));

        Assert.NotNull(job);
        Assert.Equal("0 0 14 ? * 5", job.Cron);
        Assert.Equal("Asia/Seoul", job.TimeZoneId);
        var next = new DateTimeOffset(job.NextExecution!.Value, TimeSpan.Zero).ToOffset(TimeSpan.FromHours(9));
        Assert.Equal((DayOfWeek.Friday, 14, 0), (next.DayOfWeek, next.Hour, next.Minute));

        await host.RunCreatorAsync(seriesId);
        var instances = await host.InstancesAsync(seriesId);
        Assert.InRange(instances.Count, 2, 3);
        Assert.All(instances, e => Assert.Equal((DayOfWeek.Friday, 14), (e.StartsAt.DayOfWeek, e.StartsAt.Hour)));
    }
}
