using System.Net.Http.Json;
using System.Text.Json;
using Matching.Application.Privacy;
using Matching.Infrastructure.Store;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Security;

/// <summary>
/// One host for the role matrix and the malformed-input sweep: every operation of the OpenAPI document, a
/// client for each role (the employer bound to the employer that owns the opening), and real ids to call with.
/// </summary>
public sealed class ApiSurface : IAsyncLifetime
{
    public const string Collection = "one host for every operation";

    public static readonly string[] Roles = ["Admin", "Counsellor", "Employer", "Organiser"];

    public MatchingApiFactory Factory { get; } = new();

    public Dictionary<string, HttpClient> Clients { get; } = [];

    public IReadOnlyList<Operation> Operations { get; private set; } = [];

    public JsonElement Document { get; private set; }

    public Guid SeekerId { get; private set; }
    public Guid EmployerId { get; private set; }
    public Guid OpeningId { get; private set; }
    public Guid EventId { get; private set; }
    public Guid ReferralId { get; private set; }

    public async Task InitializeAsync()
    {
        var admin = await Factory.LoginAsync();
        EmployerId = await IdAsync(admin.PostAsJsonAsync("/api/employers", Bodies.Employer(Bodies.BusinessNumber(41))));
        OpeningId = await IdAsync(admin.PostAsJsonAsync("/api/openings", Bodies.Opening(EmployerId)));
        SeekerId = await IdAsync(admin.PostAsJsonAsync("/api/seekers", Bodies.Seeker()));
        ReferralId = await IdAsync(admin.PostAsJsonAsync("/api/referrals", new { seekerId = SeekerId, openingId = OpeningId }));
        var starts = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).Date.AddDays(20).AddHours(10);
        EventId = await IdAsync(admin.PostAsJsonAsync("/api/events", new
        {
            kind = "FridayHiring", title = "금요채용마당", venue = "서구청 대강당",
            startsAt = new DateTimeOffset(starts, TimeSpan.FromHours(9)), endsAt = new DateTimeOffset(starts.AddHours(3), TimeSpan.FromHours(9)), slotMinutes = 30,
        }));

        // The day of the event has begun for this seeker: the employer's booth has them as its next candidate.
        Assert.True((await admin.PostAsJsonAsync($"/api/events/{EventId}/employers", new { employerId = EmployerId, openingIds = new[] { OpeningId } })).IsSuccessStatusCode);
        Assert.True((await admin.PostAsJsonAsync($"/api/events/{EventId}/seekers", new { seekerId = SeekerId })).IsSuccessStatusCode);
        Assert.True((await admin.PostAsJsonAsync($"/api/events/{EventId}/checkins", new { seekerId = SeekerId })).IsSuccessStatusCode);

        Clients["Anonymous"] = Factory.CreateClient();
        Clients["Admin"] = admin;
        foreach (var role in Roles.Skip(1))
        {
            Clients[role] = await Factory.ClientForRoleAsync(role, role == "Employer" ? EmployerId : null);
        }

        Document = await admin.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Operations = Operation.All(Document);
    }

    /// <summary>
    /// An operation's path with real ids where reading them shows who may; anything that removes, ends or starts
    /// background work gets an unknown id, so no call changes what the next one finds.
    /// </summary>
    public string Url(Operation op)
    {
        var ends = op.Method == "DELETE" || op.Path.EndsWith("/close", StringComparison.Ordinal) || op.Path.EndsWith("/prematch", StringComparison.Ordinal);
        var url = op.Path;
        foreach (var name in op.PathParameters)
        {
            url = url.Replace("{" + name + "}", ends && name == "id" ? Guid.NewGuid().ToString() : Value(op.Path, name), StringComparison.Ordinal);
        }

        return url;
    }

    private string Value(string path, string name) => (path, name) switch
    {
        (_, "code") => "5501",
        (_, "date") => "2099-01-01",
        (_, "kind") => "seekers",
        (_, "employerId") => EmployerId.ToString(),
        (_, "interviewId" or "jobId") => Guid.NewGuid().ToString(),
        var (p, _) when p.StartsWith("/api/seekers", StringComparison.Ordinal) => SeekerId.ToString(),
        var (p, _) when p.StartsWith("/api/employers", StringComparison.Ordinal) => EmployerId.ToString(),
        var (p, _) when p.StartsWith("/api/openings", StringComparison.Ordinal) => OpeningId.ToString(),
        var (p, _) when p.StartsWith("/api/referrals", StringComparison.Ordinal) => ReferralId.ToString(),
        var (p, _) when p.StartsWith("/api/events", StringComparison.Ordinal) => EventId.ToString(),
        _ => Guid.NewGuid().ToString(),
    };

    /// <summary>How many access records the store holds: the matrix compares before and after a call.</summary>
    public async Task<List<string>> AuditActionsSinceAsync(long afterId)
    {
        // Reads wait in the access record file for their move; all of them are wanted here.
        await Factory.Services.GetRequiredService<AccessRecordMove>().MoveAsync();
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        return await db.AuditRecords.Where(r => r.Id > afterId).Select(r => r.Action.ToString()).ToListAsync();
    }

    public async Task<long> LastAuditIdAsync()
    {
        await Factory.Services.GetRequiredService<AccessRecordMove>().MoveAsync();
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        return await db.AuditRecords.MaxAsync(r => (long?)r.Id) ?? 0;
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    private static async Task<Guid> IdAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }
}

/// <summary>One operation of the OpenAPI document, with its parameters and body schema.</summary>
public sealed record Operation(
    string Method, string Path, IReadOnlyList<string> PathParameters, IReadOnlyList<string> QueryParameters, string BodyType, JsonElement? Body)
{
    public string Key => $"{Method} {Path}";

    public static IReadOnlyList<Operation> All(JsonElement document)
    {
        var list = new List<Operation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var op in path.Value.EnumerateObject())
            {
                var parameters = op.Value.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray().ToList() : [];
                var content = op.Value.TryGetProperty("requestBody", out var rb) ? rb.GetProperty("content").EnumerateObject().ToList() : [];
                var bodyType = content.Count > 0 ? content[0].Name : "application/json";
                JsonElement? body = content.Count > 0 && content[0].Value.TryGetProperty("schema", out var schema) ? schema : null;
                list.Add(new Operation(op.Name.ToUpperInvariant(), path.Name,
                    parameters.Where(p => p.GetProperty("in").GetString() == "path").Select(p => p.GetProperty("name").GetString()!).ToList(),
                    parameters.Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!).ToList(),
                    bodyType, body));
            }
        }

        return list.OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => o.Method, StringComparer.Ordinal).ToList();
    }
}

[CollectionDefinition(ApiSurface.Collection)]
public sealed class ApiSurfaceCollection : ICollectionFixture<ApiSurface>;
