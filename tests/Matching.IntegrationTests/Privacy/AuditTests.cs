using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matching.Infrastructure.Store;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Privacy;

/// <summary>The access records: who, in which role, when, about whom, where and why, for reads, changes and exports.</summary>
public sealed class AuditTests(MatchingApiFactory factory) : IClassFixture<MatchingApiFactory>
{
    [Fact]
    public async Task Reading_changing_and_exporting_a_seeker_each_leave_a_record_of_who_where_and_why()
    {
        var admin = await factory.LoginAsync();
        var (counsellor, counsellorId) = await AccountAsync(admin, "Counsellor");
        var world = await PrivacyWorld.CreateAsync(await factory.LoginAsync(), counsellor, 501);
        var seeker = world.SeekerId;

        var read = await counsellor.GetAsync($"/api/seekers/{seeker}");
        var update = Bodies.Seeker();
        update["phone"] = "010-9999-8888";
        Assert.Equal(HttpStatusCode.OK, (await counsellor.PutWithVersionAsync($"/api/seekers/{seeker}", update, read.Headers.ETag!.Tag)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await counsellor.GetAsync("/api/seekers?q=김영숙")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await counsellor.GetAsync($"/api/openings/{world.OpeningId}/matches")).StatusCode);
        var csv = await counsellor.GetAsync($"/api/events/{world.EventId}/seekers?format=csv&purpose={Uri.EscapeDataString("당일 출석 확인")}");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);

        var records = await AuditAsync(admin, $"subjectId={seeker}");
        var lines = records.Select(r => $"{r.GetProperty("action").GetString()} {r.GetProperty("where").GetString()} {r.GetProperty("purpose").GetString()}").ToList();
        Assert.Contains("Change POST /api/seekers/ ", lines);
        Assert.Contains("Read GET /api/seekers/{id:guid} ", lines);
        Assert.Contains("Change PUT /api/seekers/{id:guid} ", lines);
        Assert.Contains("Read GET /api/seekers/ ", lines);
        Assert.Contains("Read GET /api/openings/{id:guid}/matches ", lines);
        Assert.Contains("Read POST /api/events/{id:guid}/checkins ", lines);
        Assert.Contains("Export GET /api/events/{id:guid}/seekers 당일 출석 확인", lines);
        Assert.All(records, r =>
        {
            Assert.Equal(counsellorId, r.GetProperty("actorId").GetGuid());
            Assert.Equal("Counsellor", r.GetProperty("actorRole").GetString());
            Assert.StartsWith("counsellor-", r.GetProperty("actorEmail").GetString());
            Assert.InRange(r.GetProperty("at").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-2), DateTimeOffset.UtcNow.AddMinutes(1));
        });

        // The same records by account and by day; a day before has none.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)).ToString("yyyy-MM-dd");
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9).AddDays(-1)).ToString("yyyy-MM-dd");
        Assert.Equal(records.Count, (await AuditAsync(admin, $"subjectId={seeker}&actorId={counsellorId}&from={today}&to={today}")).Count);
        Assert.Empty(await AuditAsync(admin, $"subjectId={seeker}&from={yesterday}&to={yesterday}"));
        await HttpAssert.ValidationErrorAsync(await admin.GetAsync($"/api/audit?from={today}&to={yesterday}"), "to");
    }

    [Fact]
    public async Task Exports_name_their_purpose_and_routes_that_show_no_personal_data_record_nothing()
    {
        var admin = await factory.LoginAsync();
        var (counsellor, counsellorId) = await AccountAsync(admin, "Counsellor");
        var world = await PrivacyWorld.CreateAsync(await factory.LoginAsync(), counsellor, 502);

        await HttpAssert.ValidationErrorAsync(await counsellor.GetAsync($"/api/events/{world.EventId}/seekers?format=csv"), "purpose");
        var stats = await counsellor.GetAsync("/api/stats/labour-market?from=2026-01-01&to=2026-12-31&format=csv&purpose=" + Uri.EscapeDataString("구청 보고"));
        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        var export = (await AuditAsync(admin, $"actorId={counsellorId}")).First();
        Assert.Equal(("Export", "구청 보고", JsonValueKind.Null), (export.GetProperty("action").GetString(), export.GetProperty("purpose").GetString(),
            export.GetProperty("subjectId").ValueKind));

        var before = (await AuditAsync(admin, $"actorId={counsellorId}")).Count;
        foreach (var url in new[]
                 {
                     $"/api/seekers/{world.SeekerId}/matches", $"/api/seekers/{world.SeekerId}/consents", "/api/occupations?q=요양", "/api/referrals",
                     $"/api/events/{world.EventId}/seekers", "/api/stats/labour-market?from=2026-01-01&to=2026-12-31",
                 })
        {
            Assert.Equal(HttpStatusCode.OK, (await counsellor.GetAsync(url)).StatusCode);
        }

        // An organiser sees candidates masked: no personal data, no record.
        var (organiser, organiserId) = await AccountAsync(admin, "Organiser");
        Assert.Equal(HttpStatusCode.OK, (await organiser.GetAsync($"/api/openings/{world.OpeningId}/matches")).StatusCode);
        Assert.Equal(before, (await AuditAsync(admin, $"actorId={counsellorId}")).Count);
        Assert.Empty(await AuditAsync(admin, $"actorId={organiserId}"));
    }

    [Fact]
    public async Task Answers_asked_at_once_each_leave_a_record_of_every_seeker_they_show()
    {
        var admin = await factory.LoginAsync();
        var (counsellor, counsellorId) = await AccountAsync(admin, "Counsellor");
        var world = await PrivacyWorld.CreateAsync(await factory.LoginAsync(), counsellor, 505);
        const string where = "GET /api/openings/{id:guid}/matches";

        // Concurrent answers share the transactions that record them; none may lose a record.
        var shown = await Task.WhenAll(Enumerable.Range(0, 24).Select(async _ =>
        {
            var answer = await HttpAssert.JsonAsync(await counsellor.GetAsync($"/api/openings/{world.OpeningId}/matches"), HttpStatusCode.OK);
            return answer.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("seekerId").GetGuid()).ToList();
        }));

        Assert.All(shown, s => Assert.Contains(world.SeekerId, s));
        var reads = (await AuditAsync(admin, $"actorId={counsellorId}")).Where(r => r.GetProperty("where").GetString() == where).ToList();
        Assert.Equal(shown.Sum(s => s.Count), reads.Count);
        Assert.Equal(shown.SelectMany(s => s).Order(), reads.Select(r => r.GetProperty("subjectId").GetGuid()).Order());
    }

    [Fact]
    public async Task A_seeker_s_access_history_lists_every_access_oldest_first_including_its_own_printing()
    {
        var counsellor = await factory.ClientForRoleAsync("Counsellor");
        var world = await PrivacyWorld.CreateAsync(await factory.LoginAsync(), counsellor, 503);
        await counsellor.GetAsync($"/api/seekers/{world.SeekerId}");

        var history = await HttpAssert.JsonAsync(await counsellor.GetAsync($"/api/seekers/{world.SeekerId}/access-history"), HttpStatusCode.OK);
        Assert.Equal("김영숙", history.GetProperty("seekerName").GetString());
        var entries = history.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal("POST /api/seekers/", entries[0].GetProperty("where").GetString());
        Assert.Equal("GET /api/seekers/{id:guid}/access-history", entries[^1].GetProperty("where").GetString());
        Assert.Equal(entries.OrderBy(e => e.GetProperty("id").GetInt64()).Select(e => e.GetProperty("id").GetInt64()), entries.Select(e => e.GetProperty("id").GetInt64()));
    }

    [Fact]
    public async Task The_store_refuses_to_change_or_delete_an_access_record()
    {
        var counsellor = await factory.ClientForRoleAsync("Counsellor");
        await PrivacyWorld.CreateAsync(await factory.LoginAsync(), counsellor, 504);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        Assert.True(await db.AuditRecords.AnyAsync());

        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditRecords\" SET \"ActorRole\" = 'Admin'"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditRecords\""));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"ConsentRecords\""));
        Assert.DoesNotContain(await db.AuditRecords.Select(r => r.ActorRole).ToListAsync(), r => r == "Admin");
    }

    private static async Task<List<JsonElement>> AuditAsync(HttpClient admin, string query) =>
        (await HttpAssert.JsonAsync(await admin.GetAsync("/api/audit?take=1000&" + query), HttpStatusCode.OK)).EnumerateArray().ToList();

    /// <summary>A fresh account of <paramref name="role"/>, signed in, with its id.</summary>
    private async Task<(HttpClient Client, Guid Id)> AccountAsync(HttpClient admin, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
        var created = await HttpAssert.JsonAsync(await admin.PostAsJsonAsync("/api/users", new { email, password = "Role-Pass-1", role }), HttpStatusCode.Created);
        return (await factory.LoginAsync(email, "Role-Pass-1"), created.GetProperty("id").GetGuid());
    }
}
