using System.Net;
using System.Net.Http.Json;
using Matching.Application.Series;
using Matching.Infrastructure.Store;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Series;

/// <summary>The series page's view of a series: its next starts, the holidays they skip, and running it now after a holiday changes.</summary>
public sealed class SeriesOverviewTests : IClassFixture<MatchingApiFactory>
{
    private readonly MatchingApiFactory factory;

    public SeriesOverviewTests(MatchingApiFactory factory) => this.factory = factory;

    [Fact]
    public async Task A_holiday_removed_after_a_run_is_created_by_running_the_series_now()
    {
        var organiser = await factory.ClientForRoleAsync("Organiser");
        // Wednesdays at 07:00: no other test's series or holiday lands on them.
        var wednesday = Enumerable.Range(1, 14).Select(d => Bodies.Today.AddDays(d)).First(d => d.DayOfWeek == DayOfWeek.Wednesday && !IsHoliday(d));
        var path = $"/api/holidays/{wednesday:yyyy-MM-dd}";
        await HttpAssert.JsonAsync(await organiser.PutAsJsonAsync(path, new { name = "임시공휴일" }), HttpStatusCode.Created);

        var id = (await HttpAssert.JsonAsync(await organiser.PostAsJsonAsync("/api/event-series", new
        {
            kind = "OutreachVisit", title = "찾아가는 일자리발굴단", schedule = "0 7 * * WED", durationMinutes = 120, venue = "서구 산업단지", createAheadDays = 14,
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var first = await RanAsync(id, DateTimeOffset.MinValue);
        Assert.DoesNotContain(wednesday, await InstanceDaysAsync(id));

        var skipped = (await OverviewAsync(id)).Next.Single(n => Day(n.StartsAt) == wednesday);
        Assert.Equal((OccurrenceState.Skipped, "임시공휴일"), (skipped.State, skipped.HolidayName));
        Assert.Contains((await OverviewAsync(id)).SkippedHolidays, h => h.Date == wednesday);

        Assert.Equal(HttpStatusCode.NoContent, (await organiser.DeleteAsync(path)).StatusCode);
        Assert.Equal(OccurrenceState.Planned, (await OverviewAsync(id)).Next.Single(n => Day(n.StartsAt) == wednesday).State);

        var counsellor = await factory.ClientForRoleAsync("Counsellor");
        await HttpAssert.ProblemAsync(await counsellor.PostAsync($"/api/event-series/{id}/run", null), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await organiser.PostAsync($"/api/event-series/{Guid.NewGuid()}/run", null), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Accepted, (await organiser.PostAsync($"/api/event-series/{id}/run", null)).StatusCode);

        await RanAsync(id, first);
        Assert.Contains(wednesday, await InstanceDaysAsync(id));
        var created = (await OverviewAsync(id)).Next.Single(n => Day(n.StartsAt) == wednesday);
        Assert.Equal(OccurrenceState.Created, created.State);
        Assert.NotNull(created.EventId);

        Assert.Equal(HttpStatusCode.NoContent, (await organiser.DeleteAsync($"/api/event-series/{id}")).StatusCode);
        await HttpAssert.ProblemAsync(await organiser.PostAsync($"/api/event-series/{id}/run", null), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_monthly_series_made_7_days_ahead_has_each_start_planned_for_the_run_at_the_start_before_it()
    {
        var organiser = await factory.ClientForRoleAsync("Organiser");
        var id = (await HttpAssert.JsonAsync(await organiser.PostAsJsonAsync("/api/event-series", new
        {
            kind = "MobileCounselling", title = "찾아가는 취업상담실", schedule = "0 10 1 * *", durationMinutes = 120, venue = "가정동 행정복지센터", createAheadDays = 7,
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await RanAsync(id, DateTimeOffset.MinValue);

        var overview = await OverviewAsync(id);
        Assert.Equal("매월 1일 10:00", overview.ScheduleWords);
        // The run made when the series was created made the next start (or skipped it for a holiday such as 신정).
        Assert.NotEqual(OccurrenceState.Planned, overview.Next[0].State);
        var planned = Enumerable.Range(1, overview.Next.Count - 1).Where(i => overview.Next[i].State == OccurrenceState.Planned).ToList();
        Assert.NotEmpty(planned);
        // A month apart and made 7 days ahead: each start is made by the job's run at the start before it.
        Assert.All(planned, i => Assert.Equal(overview.Next[i - 1].StartsAt, overview.Next[i].CreatedByRun));
    }

    [Theory]
    [InlineData("0 0 14 ? * FRI", "매주 금요일 14:00")]
    [InlineData("0 14 * * FRI", "매주 금요일 14:00")]
    [InlineData("0 0 14 ? * 6", "매주 금요일 14:00")]
    [InlineData("0 0 9 ? * 2-6", "평일(월~금) 09:00")]
    [InlineData("0 14 * *", null)]
    public void Stored_schedules_read_in_words_with_old_weekday_numbers_as_they_were_meant(string schedule, string? words) =>
        Assert.Equal(words, SeriesQueries.WordsOf(schedule));

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(9)).DateTime);

    private bool IsHoliday(DateOnly day)
    {
        using var scope = factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<MatchingDbContext>().PublicHolidays.Any(h => h.Date == day);
    }

    private async Task<SeriesOverview> OverviewAsync(Guid seriesId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<SeriesQueries>().OverviewAsync()).Single(o => o.Series.Id == seriesId);
    }

    private async Task<List<DateOnly>> InstanceDaysAsync(Guid seriesId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var starts = await scope.ServiceProvider.GetRequiredService<MatchingDbContext>().Events.AsNoTracking()
            .Where(e => e.SeriesId == seriesId).Select(e => e.StartsAt).ToListAsync();
        return starts.Select(Day).Order().ToList();
    }

    /// <summary>Waits for the series' job to finish a run later than <paramref name="after"/>, and returns when it ran.</summary>
    private async Task<DateTimeOffset> RanAsync(Guid seriesId, DateTimeOffset after)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var last = await scope.ServiceProvider.GetRequiredService<MatchingDbContext>().EventSeries.AsNoTracking()
                .Where(s => s.Id == seriesId).Select(s => s.LastRunAt).SingleAsync();
            if (last is { } ran && ran > after)
            {
                return ran;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"series {seriesId} did not run within 30 s");
    }
}
