using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Events;

public sealed class EventsApiTests : IClassFixture<MatchingApiFactory>
{
    private readonly MatchingApiFactory factory;

    public EventsApiTests(MatchingApiFactory factory) => this.factory = factory;

    private static object ValidEvent(DateTimeOffset? startsAt = null)
    {
        var starts = startsAt ?? DateTimeOffset.UtcNow.AddDays(3);
        return new { kind = "JobFair", title = "서구 채용한마당", startsAt = starts, endsAt = starts.AddHours(4), venue = "서구청 대강당", slotMinutes = 30 };
    }

    [Theory]
    [InlineData("kind", null)]
    [InlineData("kind", "Picnic")]
    [InlineData("title", "")]
    [InlineData("venue", null)]
    [InlineData("slotMinutes", 5)]
    [InlineData("startsAt", null)]
    [InlineData("endsAt", null)]
    public async Task A_bad_event_field_is_a_400_naming_it(string field, object? value)
    {
        var organiser = await factory.ClientForRoleAsync("Organiser");
        var body = JsonSerializer.SerializeToNode(ValidEvent(), MatchingApiFactory.Json)!.AsObject();
        body[field] = value is null ? null : JsonSerializer.SerializeToNode(value);

        var response = await organiser.PostAsJsonAsync("/api/events", body);

        if (field == "kind" && value is not null)
        {
            // An unknown enum name fails JSON binding; the problem still names the field.
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("kind", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
            return;
        }

        await HttpAssert.ValidationErrorAsync(response, field);
    }

    [Fact]
    public async Task An_event_ending_before_one_slot_or_lasting_over_a_day_is_refused()
    {
        var organiser = await factory.ClientForRoleAsync("Organiser");
        var starts = DateTimeOffset.UtcNow.AddDays(2);
        await HttpAssert.ValidationErrorAsync(await organiser.PostAsJsonAsync("/api/events",
            new { kind = "FridayHiring", title = "금요채용마당", startsAt = starts, endsAt = starts.AddMinutes(10), venue = "센터", slotMinutes = 30 }), "endsAt");
        await HttpAssert.ValidationErrorAsync(await organiser.PostAsJsonAsync("/api/events",
            new { kind = "FridayHiring", title = "금요채용마당", startsAt = starts, endsAt = starts.AddHours(30), venue = "센터", slotMinutes = 30 }), "endsAt");
        await HttpAssert.ValidationErrorAsync(await organiser.PostAsJsonAsync("/api/events",
            new { kind = "FridayHiring", title = "금요채용마당", startsAt = starts.AddDays(-10), endsAt = starts.AddDays(-10).AddHours(2), venue = "센터" }), "startsAt");
    }

    [Fact]
    public async Task Events_are_created_by_organisers_and_listed_by_period_and_kind_in_korea_time()
    {
        var organiser = await factory.ClientForRoleAsync("Organiser");
        var counsellor = await factory.ClientForRoleAsync("Counsellor");
        var starts = new DateTimeOffset(Bodies.Today.AddDays(40).ToDateTime(new TimeOnly(14, 0)), TimeSpan.FromHours(9));
        await HttpAssert.ProblemAsync(await counsellor.PostAsJsonAsync("/api/events", ValidEvent(starts)), HttpStatusCode.Forbidden);

        var created = await Fair.PostAsync(organiser, "/api/events",
            new { kind = "FridayHiring", title = "금요채용마당", startsAt = starts.ToUniversalTime(), endsAt = starts.AddHours(2), venue = "서구일자리센터", slotMinutes = 20 },
            HttpStatusCode.Created);
        Assert.Equal("금요채용마당", created.GetProperty("kindName").GetString());
        Assert.Equal(starts, created.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(TimeSpan.FromHours(9), created.GetProperty("startsAt").GetDateTimeOffset().Offset);

        var day = Bodies.Today.AddDays(40).ToString("yyyy-MM-dd");
        var listed = await HttpAssert.JsonAsync(await counsellor.GetAsync($"/api/events?from={day}&to={day}&kind=FridayHiring"), HttpStatusCode.OK);
        Assert.Contains(listed.EnumerateArray(), e => e.GetProperty("id").GetGuid() == created.GetProperty("id").GetGuid());
        Assert.All(listed.EnumerateArray(), e => Assert.Equal("FridayHiring", e.GetProperty("kind").GetString()));
        var otherKind = await HttpAssert.JsonAsync(await counsellor.GetAsync($"/api/events?from={day}&to={day}&kind=JobFair"), HttpStatusCode.OK);
        Assert.DoesNotContain(otherKind.EnumerateArray(), e => e.GetProperty("id").GetGuid() == created.GetProperty("id").GetGuid());
        await HttpAssert.ValidationErrorAsync(await counsellor.GetAsync("/api/events?kind=Picnic"), "kind");
    }

    [Fact]
    public async Task An_employer_joins_only_for_itself_and_only_with_its_own_open_openings()
    {
        var admin = await factory.LoginAsync();
        var fair = await Fair.CreateAsync(admin);
        var (employerId, openingId) = fair.Booths[0];
        var (otherEmployer, otherOpening) = fair.Booths[1];
        var employer = await factory.ClientForRoleAsync("Employer", employerId);

        await HttpAssert.ProblemAsync(await employer.PostAsJsonAsync($"/api/events/{fair.EventId}/employers",
            new { employerId = otherEmployer, openingIds = new[] { otherOpening }, interviewersPerSlot = 1 }), HttpStatusCode.Forbidden);
        await HttpAssert.ValidationErrorAsync(await employer.PostAsJsonAsync($"/api/events/{fair.EventId}/employers",
            new { employerId, openingIds = new[] { openingId, otherOpening }, interviewersPerSlot = 1 }), "openingIds[1]");
        await HttpAssert.ValidationErrorAsync(await employer.PostAsJsonAsync($"/api/events/{fair.EventId}/employers",
            new { employerId, openingIds = Array.Empty<Guid>(), interviewersPerSlot = 0 }), "interviewersPerSlot");

        var updated = await Fair.PostAsync(employer, $"/api/events/{fair.EventId}/employers",
            new { employerId, openingIds = new[] { openingId }, interviewersPerSlot = 2 }, HttpStatusCode.OK);
        Assert.Equal(2, updated.GetProperty("interviewersPerSlot").GetInt32());

        // Employers see no seeker list, and may not pre-match.
        await HttpAssert.ProblemAsync(await employer.GetAsync($"/api/events/{fair.EventId}/seekers"), HttpStatusCode.Forbidden);
        await HttpAssert.ProblemAsync(await employer.PostAsJsonAsync($"/api/events/{fair.EventId}/prematch", new { }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Prematching_gives_a_timetable_within_every_limit_lists_the_misfit_and_invites_the_placed()
    {
        var admin = await factory.LoginAsync();
        var fair = await Fair.CreateAsync(admin);

        var timetable = await fair.PrematchAsync(admin);

        var slots = timetable.GetProperty("slots").EnumerateArray().ToList();
        // Three booths, one interviewer each, two slots: six interviews, all taken by five seekers wanting two each.
        Assert.Equal(6, slots.Count);
        Assert.All(slots.GroupBy(s => (s.GetProperty("seekerId").GetGuid(), s.GetProperty("slotIndex").GetInt32())), g => Assert.Single(g));
        Assert.All(slots.GroupBy(s => (s.GetProperty("employerId").GetGuid(), s.GetProperty("slotIndex").GetInt32())), g => Assert.Single(g));
        Assert.All(slots.GroupBy(s => s.GetProperty("seekerId").GetGuid()), g => Assert.True(g.Count() <= 2));
        Assert.All(slots, s => Assert.True(s.GetProperty("score").GetDouble() >= 50));
        Assert.All(slots, s => Assert.Contains(s.GetProperty("seekerId").GetGuid(), fair.Fitting));
        Assert.Equal(5, slots.Select(s => s.GetProperty("seekerId").GetGuid()).Distinct().Count());
        Assert.Equal(TimeSpan.FromHours(9), slots[0].GetProperty("startsAt").GetDateTimeOffset().Offset);

        Assert.Equal([fair.Misfit], timetable.GetProperty("unplaced").EnumerateArray().Select(u => u.GetGuid()));
        Assert.Equal("기준 점수 이상인 기업 없음", timetable.GetProperty("unplacedReasons")[0].GetProperty("reason").GetString());

        var notifications = await HttpAssert.JsonAsync(await admin.GetAsync($"/api/events/{fair.EventId}/notifications"), HttpStatusCode.OK);
        var invitations = notifications.EnumerateArray().Where(n => n.GetProperty("kind").GetString() == "Invitation").ToList();
        Assert.Equal(fair.Fitting.Order(), invitations.Select(n => n.GetProperty("seekerId").GetGuid()).Order());
        Assert.All(invitations, n => Assert.Contains("사전매칭 면접", n.GetProperty("text").GetString()));
        Assert.All(invitations, n => Assert.Equal("010-1234-5678", n.GetProperty("recipient").GetString()));
        Assert.All(invitations, n => Assert.Equal("store", n.GetProperty("channel").GetString()));

        // Pre-matching again replans and invites nobody twice.
        await fair.PrematchAsync(admin);
        var again = await HttpAssert.JsonAsync(await admin.GetAsync($"/api/events/{fair.EventId}/notifications"), HttpStatusCode.OK);
        Assert.Equal(invitations.Count, again.EnumerateArray().Count(n => n.GetProperty("kind").GetString() == "Invitation"));
    }

    [Fact]
    public async Task An_employer_sees_only_its_own_booth_slots_with_seekers_anonymised()
    {
        var admin = await factory.LoginAsync();
        var fair = await Fair.CreateAsync(admin);
        await fair.PrematchAsync(admin);
        var employer = await factory.ClientForRoleAsync("Employer", fair.Booths[0].EmployerId);

        var timetable = await HttpAssert.JsonAsync(await employer.GetAsync($"/api/events/{fair.EventId}/timetable"), HttpStatusCode.OK);

        var slots = timetable.GetProperty("slots").EnumerateArray().ToList();
        Assert.Equal(2, slots.Count);
        Assert.All(slots, s => Assert.Equal(fair.Booths[0].EmployerId, s.GetProperty("employerId").GetGuid()));
        Assert.All(slots, s => Assert.StartsWith("구직자 #", s.GetProperty("seekerName").GetString()));
        Assert.Empty(timetable.GetProperty("unplaced").EnumerateArray());
    }

    [Fact]
    public async Task Check_in_queues_the_prematched_and_walk_ins_and_booths_call_them_in_order()
    {
        var admin = await factory.LoginAsync();
        // The fair is on now: its first slot began a minute ago.
        var fair = await Fair.CreateAsync(admin, startsAt: DateTimeOffset.UtcNow.AddMinutes(-1));
        var timetable = await fair.PrematchAsync(admin);
        var slots = timetable.GetProperty("slots").EnumerateArray().ToList();
        var first = slots.First(s => s.GetProperty("slotIndex").GetInt32() == 0);
        var seekerId = first.GetProperty("seekerId").GetGuid();
        var boothId = first.GetProperty("employerId").GetGuid();

        var walkInId = await Fair.SeekerAsync(admin, "강민지");
        var walkIn = await Fair.PostAsync(admin, $"/api/events/{fair.EventId}/checkins", new { seekerId = walkInId }, HttpStatusCode.OK);
        Assert.True(walkIn.GetProperty("walkIn").GetBoolean());
        var walkInQueues = walkIn.GetProperty("queues").EnumerateArray().ToList();
        Assert.Equal(3, walkInQueues.Count);
        Assert.All(walkInQueues, q => Assert.Equal("WalkIn", q.GetProperty("source").GetString()));
        Assert.All(walkInQueues, q => Assert.Equal("Waiting", q.GetProperty("status").GetString()));

        var checkIn = await Fair.PostAsync(admin, $"/api/events/{fair.EventId}/checkins", new { seekerId }, HttpStatusCode.OK);
        Assert.False(checkIn.GetProperty("walkIn").GetBoolean());
        Assert.Equal(slots.Count(s => s.GetProperty("seekerId").GetGuid() == seekerId), checkIn.GetProperty("queues").GetArrayLength());
        Assert.All(checkIn.GetProperty("queues").EnumerateArray(), q => Assert.Equal("Waiting", q.GetProperty("status").GetString()));
        var twice = await Fair.PostAsync(admin, $"/api/events/{fair.EventId}/checkins", new { seekerId }, HttpStatusCode.OK);
        Assert.Equal(checkIn.GetProperty("checkedInAt").GetDateTimeOffset(), twice.GetProperty("checkedInAt").GetDateTimeOffset());

        var misfit = await Fair.PostAsync(admin, $"/api/events/{fair.EventId}/checkins", new { seekerId = fair.Misfit }, HttpStatusCode.OK);
        Assert.Empty(misfit.GetProperty("queues").EnumerateArray());
        Assert.False(string.IsNullOrEmpty(misfit.GetProperty("note").GetString()));

        var booths = await HttpAssert.JsonAsync(await admin.GetAsync($"/api/events/{fair.EventId}/booths"), HttpStatusCode.OK);
        var booth = booths.EnumerateArray().First(b => b.GetProperty("employerId").GetGuid() == boothId);
        Assert.Equal(2, booth.GetProperty("waiting").GetInt32());
        // The walk-in checked in first, but the pre-matched seeker's slot has begun: the appointment goes first.
        Assert.Equal(seekerId, booth.GetProperty("next").GetProperty("seekerId").GetGuid());
        Assert.Equal(await SeekerNameAsync(admin, seekerId), booth.GetProperty("next").GetProperty("seekerName").GetString());

        var employer = await factory.ClientForRoleAsync("Employer", boothId);
        var called = await Fair.PostAsync(employer, $"/api/events/{fair.EventId}/booths/{boothId}/next", new { }, HttpStatusCode.OK);
        Assert.Equal(seekerId, called.GetProperty("seekerId").GetGuid());
        Assert.Equal("InProgress", called.GetProperty("status").GetString());
        Assert.StartsWith("구직자 #", called.GetProperty("seekerName").GetString());
        // One interviewer, busy: nobody else can be called yet.
        await HttpAssert.ProblemAsync(await employer.PostAsJsonAsync($"/api/events/{fair.EventId}/booths/{boothId}/next", new { }), HttpStatusCode.Conflict);

        var done = await HttpAssert.JsonAsync(await employer.PatchAsJsonAsync(
            $"/api/events/{fair.EventId}/interviews/{called.GetProperty("id").GetGuid()}", new { status = "Done" }), HttpStatusCode.OK);
        Assert.Equal("Done", done.GetProperty("status").GetString());
        await HttpAssert.ProblemAsync(await employer.PatchAsJsonAsync(
            $"/api/events/{fair.EventId}/interviews/{called.GetProperty("id").GetGuid()}", new { status = "NoShow" }), HttpStatusCode.Conflict);
        await HttpAssert.ValidationErrorAsync(await employer.PatchAsJsonAsync(
            $"/api/events/{fair.EventId}/interviews/{called.GetProperty("id").GetGuid()}", new { status = "Waiting" }), "status");

        var next = await Fair.PostAsync(employer, $"/api/events/{fair.EventId}/booths/{boothId}/next", new { }, HttpStatusCode.OK);
        Assert.Equal(walkInId, next.GetProperty("seekerId").GetGuid());

        var otherBooth = fair.Booths.First(b => b.EmployerId != boothId).EmployerId;
        await HttpAssert.ProblemAsync(await employer.PostAsJsonAsync($"/api/events/{fair.EventId}/booths/{otherBooth}/next", new { }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Closing_makes_no_shows_and_referrals_and_reports_the_counts()
    {
        var admin = await factory.LoginAsync();
        var fair = await Fair.CreateAsync(admin);
        var slots = (await fair.PrematchAsync(admin)).GetProperty("slots").EnumerateArray().ToList();
        var came = slots[0].GetProperty("seekerId").GetGuid();
        var boothId = slots[0].GetProperty("employerId").GetGuid();
        await Fair.PostAsync(admin, $"/api/events/{fair.EventId}/checkins", new { seekerId = came }, HttpStatusCode.OK);
        var interview = await Fair.PostAsync(admin, $"/api/events/{fair.EventId}/booths/{boothId}/next", new { }, HttpStatusCode.OK);
        await HttpAssert.JsonAsync(await admin.PatchAsJsonAsync($"/api/events/{fair.EventId}/interviews/{interview.GetProperty("id").GetGuid()}",
            new { status = "Done" }), HttpStatusCode.OK);

        var results = await Fair.PostAsync(admin, $"/api/events/{fair.EventId}/close", new { }, HttpStatusCode.OK);

        var noShowSeekers = slots.Select(s => s.GetProperty("seekerId").GetGuid()).Distinct().Count(s => s != came);
        Assert.Equal("Closed", results.GetProperty("status").GetString());
        Assert.Equal(6, results.GetProperty("registered").GetInt32());
        Assert.Equal(1, results.GetProperty("checkedIn").GetInt32());
        Assert.Equal(1, results.GetProperty("interviewed").GetInt32());
        Assert.Equal(noShowSeekers, results.GetProperty("noShows").GetInt32());
        Assert.Equal(0, results.GetProperty("hiredLater").GetInt32());

        // The held interview is a referral at the interviewing stage; the missed ones are recorded as no-shows.
        var referrals = await HttpAssert.JsonAsync(await admin.GetAsync($"/api/referrals?seekerId={came}"), HttpStatusCode.OK);
        var held = referrals.EnumerateArray().Single(r => r.GetProperty("openingId").GetGuid() == interview.GetProperty("openingId").GetGuid());
        Assert.Equal("Interviewing", held.GetProperty("status").GetString());
        var missed = slots.First(s => s.GetProperty("seekerId").GetGuid() != came).GetProperty("seekerId").GetGuid();
        var missedReferrals = await HttpAssert.JsonAsync(await admin.GetAsync($"/api/referrals?seekerId={missed}"), HttpStatusCode.OK);
        Assert.All(missedReferrals.EnumerateArray(), r => Assert.Equal("NoShow", r.GetProperty("status").GetString()));
        Assert.Equal(results.GetProperty("referrals").GetInt32(), slots.Count(s => s.GetProperty("seekerId").GetGuid() != came) + 1);

        // A hire from the event's referral counts later.
        await HttpAssert.JsonAsync(await admin.PatchAsJsonAsync($"/api/referrals/{held.GetProperty("id").GetGuid()}",
            new { status = "Hired", hiredOn = Bodies.Today.ToString("yyyy-MM-dd") }), HttpStatusCode.OK);
        var later = await HttpAssert.JsonAsync(await admin.GetAsync($"/api/events/{fair.EventId}/results"), HttpStatusCode.OK);
        Assert.Equal(1, later.GetProperty("hiredLater").GetInt32());

        await HttpAssert.ProblemAsync(await admin.PostAsJsonAsync($"/api/events/{fair.EventId}/checkins", new { seekerId = came }), HttpStatusCode.Conflict);
        await HttpAssert.ProblemAsync(await admin.PostAsJsonAsync($"/api/events/{fair.EventId}/close", new { }), HttpStatusCode.Conflict);
    }

    private static async Task<string?> SeekerNameAsync(HttpClient staff, Guid seekerId) =>
        (await HttpAssert.JsonAsync(await staff.GetAsync($"/api/seekers/{seekerId}"), HttpStatusCode.OK)).GetProperty("name").GetString();
}
