using AutoMapper;
using Matching.Application.Common;
using Matching.Application.Privacy;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Seekers;

public sealed class SeekerQueries(MatchingDbContext db, AuditTrail audit, IMapper mapper)
{
    public async Task<Result<SeekerResponse>> GetAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        var seeker = await db.Seekers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.Status == ProfileStatus.Active, ct);
        if (seeker is null)
        {
            return NotFound(id);
        }

        await audit.ReadAsync(actor, [id], ct);
        return mapper.Map<SeekerResponse>(seeker);
    }

    /// <summary>
    /// The desk's look-up: <c>q</c> is part of a name, a birth year (1987) or digits of a phone number
    /// (5678, 010-1234); active seekers only, by name, one page at a time.
    /// </summary>
    public async Task<Page<SeekerSummary>> SearchAsync(Actor actor, string? q, int skip, int take, CancellationToken ct = default)
    {
        var query = SeekerSearch.Apply(db.Seekers.AsNoTracking().Where(s => s.Status == ProfileStatus.Active), q);
        var total = await query.CountAsync(ct);
        var seekers = await query.OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200)).ToListAsync(ct);
        await audit.ShownAsync(actor, seekers.Select(s => s.Id), ct);

        // An organiser adding seekers to an event finds them by name but reads them masked (홍*동), as at the desk.
        return new Page<SeekerSummary>(total, mapper.Map<List<SeekerSummary>>(seekers).Select(s => s with { Name = actor.Name(s.Id, s.Name) }).ToList());
    }

    /// <summary>The counsellor's home page: the seekers registered most recently.</summary>
    public async Task<IReadOnlyList<SeekerSummary>> RecentAsync(Actor actor, int take, CancellationToken ct = default)
    {
        // Registration date first (SQLite cannot sort instants); ids are random, so the tie order is arbitrary but stable.
        var seekers = await db.Seekers.AsNoTracking().Where(s => s.Status == ProfileStatus.Active)
            .OrderByDescending(s => s.RegisteredOn).ThenBy(s => s.Name).Take(Math.Clamp(take, 1, 50)).ToListAsync(ct);
        await audit.ReadAsync(actor, seekers.Select(s => s.Id), ct);
        return mapper.Map<List<SeekerSummary>>(seekers);
    }

    internal static Problem NotFound(Guid id) => Problem.NotFound("구직자", id);
}
