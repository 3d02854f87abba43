using AutoMapper;
using Matching.Application.Common;
using Matching.Application.Privacy;
using Matching.Infrastructure;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Seekers;

/// <summary>A counsellor registers a walk-in seeker: checked, saved with its change event, and indexed at once.</summary>
public sealed class RegisterSeeker(MatchingDbContext db, CandidateIndexWriter indexer, AuditTrail audit, IMapper mapper, TimeProvider clock)
{
    public async Task<Result<SeekerResponse>> ExecuteAsync(Actor actor, SeekerRequest request, CancellationToken ct = default)
    {
        var now = clock.Now();
        var seeker = new Seeker { Id = Guid.NewGuid(), Version = 1, Status = ProfileStatus.Active, CreatedAt = now, UpdatedAt = now };
        var errors = SeekerValidator.Apply(request, seeker, now.Year);
        if (errors.Any)
        {
            return Problem.Invalid(errors);
        }

        seeker.RegisteredOn = request.RegisteredOn ?? clock.Today();
        db.Seekers.Add(seeker);
        ConsentLedger.Stage(db, actor, seeker, before: null, now);
        audit.Changed(actor, seeker.Id);
        await db.SaveNewRowsAsync(ct);
        indexer.Seeker(seeker);
        return mapper.Map<SeekerResponse>(seeker);
    }
}
