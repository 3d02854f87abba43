using Matching.Contracts;
using Matching.Domain.Matching;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace Matching.Infrastructure.Suggestions;

/// <summary>The names either side's screen shows, looked up once for a whole batch.</summary>
internal sealed record SuggestionNames(Dictionary<Guid, string> Seekers, Dictionary<Guid, (string Title, string EmployerName)> Openings)
{
    public static async Task<SuggestionNames> LoadAsync(MatchingDbContext db, IEnumerable<ScoredMatch> matches, CancellationToken ct)
    {
        var all = matches.ToList();
        var seekerIds = all.Select(m => m.SeekerId).Distinct().ToList();
        var openingIds = all.Select(m => m.OpeningId).Distinct().ToList();
        // Only the name: a whole seeker row carries several JSON columns, and a batch names thousands of seekers.
        var seekers = await db.Seekers.AsNoTracking().Where(s => seekerIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Name })
            .ToDictionaryAsync(s => s.Id, s => s.Name ?? "", ct);
        var openings = await db.Openings.AsNoTracking().Where(o => openingIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Title, EmployerName = o.Employer!.Name })
            .ToDictionaryAsync(o => o.Id, o => (o.Title, o.EmployerName), ct);
        return new SuggestionNames(seekers, openings);
    }

    /// <summary>The stored items of a ranking; a match whose profile is gone from the store is left out.</summary>
    public List<Suggestion> Describe(IEnumerable<ScoredMatch> matches) => [.. matches.Where(Knows).Select(Describe)];

    private bool Knows(ScoredMatch m) => Seekers.ContainsKey(m.SeekerId) && Openings.ContainsKey(m.OpeningId);

    private Suggestion Describe(ScoredMatch m) => new(
        m.SeekerId, m.OpeningId, Seekers[m.SeekerId], Openings[m.OpeningId].EmployerName, Openings[m.OpeningId].Title, m.Score,
        new SuggestionComponents(m.Components.Occupation, m.Components.Distance, m.Components.Wage, m.Components.Conditions,
            m.Components.Skills, m.Components.Experience, m.Components.Education, m.Components.Programme, m.Components.Freshness),
        m.Reasons, m.Widened);
}
