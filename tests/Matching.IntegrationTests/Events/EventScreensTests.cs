using System.Net;
using System.Net.Http.Json;
using Matching.Application.Common;
using Matching.Application.Events;
using Matching.Domain.Events;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Events;

/// <summary>What the screens of the day read, through the use cases the pages call: the board's booths, a booth's own screen, the desk's search.</summary>
public sealed class EventScreensTests : IClassFixture<MatchingApiFactory>
{
    private static readonly Actor Organiser = new(Guid.NewGuid(), Roles.Organiser, null);

    private readonly MatchingApiFactory factory;

    public EventScreensTests(MatchingApiFactory factory) => this.factory = factory;

    [Fact]
    public async Task Booths_name_who_is_in_an_interview_to_staff_and_number_them_to_the_employer()
    {
        var admin = await factory.LoginAsync();
        var fair = await Fair.CreateAsync(admin, startsAt: DateTimeOffset.UtcNow.AddMinutes(-1));
        await fair.PrematchAsync(admin);
        foreach (var seeker in fair.Fitting)
        {
            await Fair.PostAsync(admin, $"/api/events/{fair.EventId}/checkins", new { seekerId = seeker }, HttpStatusCode.OK);
        }

        var boothId = fair.Booths[0].EmployerId;
        var called = await Fair.PostAsync(admin, $"/api/events/{fair.EventId}/booths/{boothId}/next", new { }, HttpStatusCode.OK);
        var seekerId = called.GetProperty("seekerId").GetGuid();

        var booths = await HttpAssert.JsonAsync(await admin.GetAsync($"/api/events/{fair.EventId}/booths"), HttpStatusCode.OK);
        var booth = booths.EnumerateArray().Single(b => b.GetProperty("employerId").GetGuid() == boothId);
        var now = booth.GetProperty("interviewing").EnumerateArray().Single();
        Assert.Equal(seekerId, now.GetProperty("seekerId").GetGuid());
        Assert.Equal(called.GetProperty("seekerName").GetString(), now.GetProperty("seekerName").GetString());
        Assert.Equal(1, booth.GetProperty("inProgress").GetInt32());

        var employer = await factory.ClientForRoleAsync("Employer", boothId);
        var own = await HttpAssert.JsonAsync(await employer.GetAsync($"/api/events/{fair.EventId}/booths"), HttpStatusCode.OK);
        Assert.StartsWith("구직자 #", own.EnumerateArray().Single().GetProperty("interviewing")[0].GetProperty("seekerName").GetString());

        var screen = await RunAsync<EventDayQueries, Result<BoothScreen>>(q => q.BoothAsync(Organiser, fair.EventId, boothId));
        Assert.Equal(seekerId, Assert.Single(screen.Value!.Interviewing).SeekerId);
        Assert.All(screen.Value.Queue, q => Assert.NotEqual(seekerId, q.SeekerId));
        var employerActor = new Actor(Guid.NewGuid(), Roles.Employer, boothId);
        var anonymised = await RunAsync<EventDayQueries, Result<BoothScreen>>(q => q.BoothAsync(employerActor, fair.EventId, boothId));
        Assert.StartsWith("구직자 #", anonymised.Value!.Interviewing[0].SeekerName);
        var elsewhere = await RunAsync<EventDayQueries, Result<BoothScreen>>(q => q.BoothAsync(employerActor, fair.EventId, fair.Booths[1].EmployerId));
        Assert.Equal(ProblemKind.Forbidden, elsewhere.Problem?.Kind);
    }

    [Fact]
    public async Task The_desk_finds_a_seeker_by_name_and_shows_their_place_in_each_queue()
    {
        var admin = await factory.LoginAsync();
        var fair = await Fair.CreateAsync(admin, startsAt: DateTimeOffset.UtcNow.AddMinutes(-1));
        await fair.PrematchAsync(admin);
        var walkIn = await Fair.SeekerAsync(admin, "도현빈");

        var before = Assert.Single((await RunAsync<EventDayQueries, Result<List<DeskSeeker>>>(q => q.DeskAsync(Organiser, fair.EventId, "도현빈"))).Value!);
        Assert.Equal((Attendance.NotRegistered, 0), (before.Attendance, before.Places.Count));
        var registered = (await RunAsync<EventDayQueries, Result<List<DeskSeeker>>>(q => q.DeskAsync(Organiser, fair.EventId, "김영숙"))).Value!;
        var expected = registered.First(s => s.Attendance == Attendance.Registered);
        Assert.All(expected.Places, p => Assert.Equal((InterviewStatus.Scheduled, (int?)null), (p.Status, p.Position)));

        await Fair.PostAsync(admin, $"/api/events/{fair.EventId}/checkins", new { seekerId = walkIn }, HttpStatusCode.OK);

        var after = Assert.Single((await RunAsync<EventDayQueries, Result<List<DeskSeeker>>>(q => q.DeskAsync(Organiser, fair.EventId, "도현빈"))).Value!);
        Assert.Equal(Attendance.CheckedIn, after.Attendance);
        Assert.Equal(AttendeeSource.WalkIn, after.Source);
        Assert.NotEmpty(after.Places);
        Assert.All(after.Places, p => Assert.Equal((InterviewStatus.Waiting, (int?)1), (p.Status, p.Position)));
        Assert.All(after.Places, p => Assert.False(string.IsNullOrEmpty(p.EmployerName)));
        var counts = await RunAsync<EventDayQueries, DeskCounts>(q => q.CountsAsync(fair.EventId));
        Assert.Equal(new DeskCounts(Registered: 6, CheckedIn: 1, WalkIns: 1), counts);
    }

    private async Task<TResult> RunAsync<TQueries, TResult>(Func<TQueries, Task<TResult>> run)
        where TQueries : notnull
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TQueries>());
    }
}
