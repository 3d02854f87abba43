using AutoMapper;
using Matching.Application.Common;
using Matching.Application.Privacy;
using Matching.Infrastructure;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Seekers;

/// <summary>Changes a profile the caller last saw at <c>expectedVersion</c>; a stale version is refused, not overwritten.</summary>
public sealed class UpdateSeeker(MatchingDbContext db, CandidateIndexWriter indexer, AuditTrail audit, IMapper mapper, TimeProvider clock)
{
    public async Task<Result<SeekerResponse>> ExecuteAsync(Actor actor, Guid id, SeekerRequest request, long? expectedVersion, CancellationToken ct = default)
    {
        var seeker = await db.Seekers.FirstOrDefaultAsync(s => s.Id == id && s.Status == ProfileStatus.Active, ct);
        if (seeker is null)
        {
            return SeekerQueries.NotFound(id);
        }

        if (Problem.Precondition(expectedVersion, seeker.Version) is { } refused)
        {
            return refused;
        }

        var now = clock.Now();
        var consents = (seeker.ConsentToMatching, seeker.ConsentToShare);
        var errors = SeekerValidator.Apply(request, seeker, now.Year);
        if (errors.Any)
        {
            return Problem.Invalid(errors);
        }

        if (request.RegisteredOn is { } registeredOn)
        {
            seeker.RegisteredOn = registeredOn;
        }

        seeker.UpdatedAt = now;
        seeker.Version++;
        ConsentLedger.Stage(db, actor, seeker, consents, now);
        audit.Changed(actor, id);
        if (!await db.TrySaveAsync(ct))
        {
            return Problem.Stale(await db.Seekers.Where(s => s.Id == id).Select(s => s.Version).FirstAsync(ct));
        }

        indexer.Seeker(seeker);
        return mapper.Map<SeekerResponse>(seeker);
    }
}
