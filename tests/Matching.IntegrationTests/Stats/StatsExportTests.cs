using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matching.Application.Common;
using Matching.Application.Stats;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Stats;

/// <summary>
/// Every CSV of the tables is an access record of an export before it is handed over: who, when, which period and
/// why. The page's export refuses to go on without a purpose; the API keeps its optional one.
/// </summary>
public sealed class StatsExportTests(MatchingApiFactory factory) : IClassFixture<MatchingApiFactory>
{
    [Fact]
    public async Task An_export_without_a_purpose_is_refused_in_korean_and_one_with_it_is_recorded_with_who_and_the_period()
    {
        var admin = await factory.LoginAsync();
        var email = $"manager-{Guid.NewGuid():N}@test.local";
        var account = await HttpAssert.JsonAsync(await admin.PostAsJsonAsync("/api/users", new { email, password = "Role-Pass-1", role = "Counsellor" }), HttpStatusCode.Created);
        var who = account.GetProperty("id").GetGuid();
        var actor = new Actor(who, Roles.Counsellor, null) { Where = "page /manager/stats" };
        await using var scope = factory.Services.CreateAsyncScope();
        var export = scope.ServiceProvider.GetRequiredService<ExportLabourMarket>();

        var refused = await export.ExecuteAsync(actor, new StatsExportRequest(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), false, "  "), purposeRequired: true);
        Assert.Equal(ProblemKind.Invalid, refused.Problem?.Kind);
        Assert.Equal("내려받는 목적을 입력하세요. 내려받기는 목적과 함께 기록됩니다.", Assert.Single(refused.Problem!.Errors!["purpose"]));
        Assert.Empty(await RecordsAsync(admin, who));

        var file = await export.ExecuteAsync(actor, new StatsExportRequest(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), true, " 2025년 공시 제출 "), purposeRequired: true);
        Assert.Equal("labour-market-yoy-20240101-20241231.csv", file.Value?.FileName);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, file.Value!.Content[..3]);
        var record = Assert.Single(await RecordsAsync(admin, who));
        Assert.Equal(("Export", "page /manager/stats 2024-01-01~2024-12-31", "2025년 공시 제출", "Counsellor", email),
            (Text(record, "action"), Text(record, "where"), Text(record, "purpose"), Text(record, "actorRole"), Text(record, "actorEmail")));
        Assert.Equal(JsonValueKind.Null, record.GetProperty("subjectId").ValueKind);
        Assert.InRange(record.GetProperty("at").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-2), DateTimeOffset.UtcNow.AddMinutes(1));

        // The API's CSV keeps its contract: no purpose needed, and it is recorded all the same, with its route and period.
        var response = await admin.GetAsync("/api/stats/labour-market?from=2023-01-01&to=2023-06-30&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var audit = await HttpAssert.JsonAsync(await admin.GetAsync("/api/audit?take=1000"), HttpStatusCode.OK);
        Assert.Contains(audit.EnumerateArray(), r => Text(r, "action") == "Export" && Text(r, "actorRole") == "Admin"
            && Text(r, "where") == "GET /api/stats/labour-market 2023-01-01~2023-06-30");
        await HttpAssert.ValidationErrorAsync(await admin.GetAsync($"/api/stats/labour-market?from=2023-01-01&to=2023-06-30&format=csv&purpose={new string('가', 201)}"), "purpose");
    }

    private static async Task<List<JsonElement>> RecordsAsync(HttpClient admin, Guid actorId) =>
        (await HttpAssert.JsonAsync(await admin.GetAsync($"/api/audit?take=1000&actorId={actorId}"), HttpStatusCode.OK)).EnumerateArray().ToList();

    private static string? Text(JsonElement record, string name) => record.GetProperty(name).GetString();
}
