using System.Net;
using System.Text.Json;
using Matching.Application.Matches;
using Matching.Domain.Matching;
using Matching.Domain.Privacy;
using Matching.Infrastructure;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Suggestions;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Matching.IntegrationTests.Matches;

/// <summary>
/// Every match answer of a seeded population, byte for byte, against a reference written the plain way: a
/// brute-force ranking of every stored profile with the domain scorer, names and titles read as whole rows, the
/// list version by LINQ, serialised with the API's own JSON options. Guards the endpoint's fast path: it may
/// read less and allocate less, but may not change an id, an order, a score, a reason or a byte of JSON.
/// </summary>
public sealed class MatchAnswerEqualityTests : IAsyncLifetime
{
    private const string DemoPassword = "Demo1234!";

    private readonly MatchingApiFactory factory = new("Sqlite", null, new Dictionary<string, string> { ["Matching:Demo:Seed"] = "true" });

    public async Task InitializeAsync()
    {
        // The demo's 300 seekers and 200 openings reach the index, and the worker's lists settle, before anything is compared.
        var index = factory.Services.GetRequiredService<ICandidateIndex>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        (int, long) last = default;
        var stableReads = 0;
        while (stableReads < 3 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
            var lists = (await db.SuggestionLists.CountAsync(), await db.SuggestionLists.SumAsync(l => l.Version));
            stableReads = index.SeekerCount == 300 && index.OpeningCount == 200 && lists == last ? stableReads + 1 : 0;
            last = lists;
        }

        Assert.True(stableReads == 3, $"the demo data did not settle: index {index.SeekerCount} seekers, {index.OpeningCount} openings");
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_answer_in_both_directions_equals_the_brute_force_reference_byte_for_byte()
    {
        var counsellor = await factory.LoginAsync("counsellor@demo.local", DemoPassword);
        var employer = await factory.LoginAsync("employer@demo.local", DemoPassword);
        await using var scope = factory.Services.CreateAsyncScope();
        var reference = new Reference(scope.ServiceProvider);
        await reference.LoadAsync();
        var compared = 0;

        foreach (var top in new[] { 20, 100 })
        {
            foreach (var opening in reference.Openings)
            {
                var path = $"/api/openings/{opening.Id}/matches?top={top}";
                Assert.Equal(await reference.SeekersForOpeningAsync(opening, top, anonymised: false), await BodyAsync(counsellor, path));
                if (opening.EmployerId == reference.DemoEmployerId)
                {
                    Assert.Equal(await reference.SeekersForOpeningAsync(opening, top, anonymised: true), await BodyAsync(employer, path));
                    compared++;
                }

                compared++;
            }

            foreach (var seeker in reference.Seekers)
            {
                Assert.Equal(await reference.OpeningsForSeekerAsync(seeker, top), await BodyAsync(counsellor, $"/api/seekers/{seeker.Id}/matches?top={top}"));
                compared++;
            }
        }

        // 2 × (200 openings + the demo employer's own + 300 seekers): the comparison ran over the whole population.
        Assert.True(compared > 2 * 500, $"only {compared} answers compared");
    }

    private static async Task<string> BodyAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The answers as the endpoint gave them before it was made fast, from the same store and the same settings.</summary>
    private sealed class Reference(IServiceProvider services)
    {
        private readonly MatchingDbContext db = services.GetRequiredService<MatchingDbContext>();
        private readonly JsonSerializerOptions json = services.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;
        private readonly DateOnly today = services.GetRequiredService<TimeProvider>().Today();
        private readonly MatchRanker ranker = new(
            services.GetRequiredService<IOptions<ScoringOptions>>().Value,
            services.GetRequiredService<RelatedOccupations>(),
            services.GetRequiredService<CommuteBusRoutes>(),
            services.GetRequiredService<IOccupationNames>());

        public List<SeekerProfile> Seekers { get; private set; } = [];

        public List<OpeningProfile> Openings { get; private set; } = [];

        public Guid DemoEmployerId { get; private set; }

        public async Task LoadAsync()
        {
            Seekers = (await db.Seekers.AsNoTracking().ToListAsync()).Select(s => s.ToProfile()).ToList();
            Openings = (await db.Openings.AsNoTracking().Include(o => o.Employer).ToListAsync()).Select(o => o.ToProfile()).ToList();
            DemoEmployerId = await db.Users.Where(u => u.Email == "employer@demo.local").Select(u => u.EmployerId!.Value).SingleAsync();
        }

        public async Task<string> SeekersForOpeningAsync(OpeningProfile opening, int top, bool anonymised)
        {
            var matches = ranker.TopSeekersForOpening(opening, Seekers, top, today);
            var ids = matches.Select(m => m.SeekerId).ToList();
            var names = anonymised
                ? ids.ToDictionary(s => s, AnonymousName.For)
                : await db.Seekers.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name ?? "");
            var list = new MatchList<SeekerMatch>(await VersionAsync(SuggestionSubjects.Opening, opening.Id), matches
                .Where(m => names.ContainsKey(m.SeekerId))
                .Select(m => new SeekerMatch(m.SeekerId, names[m.SeekerId], m.Score, m.Components, m.Reasons, m.Widened))
                .ToList());
            return JsonSerializer.Serialize(list, json);
        }

        public async Task<string> OpeningsForSeekerAsync(SeekerProfile seeker, int top)
        {
            var matches = ranker.TopOpeningsForSeeker(seeker, Openings, top, today);
            var ids = matches.Select(m => m.OpeningId).ToList();
            var openings = await db.Openings.Where(o => ids.Contains(o.Id))
                .Select(o => new { o.Id, o.Title, EmployerName = o.Employer!.Name })
                .ToDictionaryAsync(o => o.Id);
            var list = new MatchList<OpeningMatch>(await VersionAsync(SuggestionSubjects.Seeker, seeker.Id), matches
                .Where(m => openings.ContainsKey(m.OpeningId))
                .Select(m => new OpeningMatch(m.OpeningId, openings[m.OpeningId].EmployerName, openings[m.OpeningId].Title,
                    m.Score, m.Components, m.Reasons, m.Widened))
                .ToList());
            return JsonSerializer.Serialize(list, json);
        }

        private Task<long> VersionAsync(string subject, Guid id) =>
            db.SuggestionLists.Where(l => l.Subject == subject && l.SubjectId == id).Select(l => l.Version).FirstOrDefaultAsync();
    }
}
