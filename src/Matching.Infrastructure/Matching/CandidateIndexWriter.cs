using Matching.Domain.Matching;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Infrastructure.Matching;

/// <summary>Brings the index in line with what was just committed to the store.</summary>
public sealed class CandidateIndexWriter(ICandidateIndex index, MatchingDbContext db)
{
    /// <summary>A seeker who withdrew, or withdrew consent to matching, leaves the index (and so every list) at once.</summary>
    public void Seeker(Seeker seeker)
    {
        if (seeker.Matchable)
        {
            index.Upsert(seeker.ToProfile());
        }
        else
        {
            index.RemoveSeeker(seeker.Id);
        }
    }

    public void Opening(Opening opening)
    {
        if (opening.Status == OpeningStatus.Open)
        {
            index.Upsert(opening.ToProfile());
        }
        else
        {
            index.RemoveOpening(opening.Id);
        }
    }

    /// <summary>An employer's name travels with each of its openings; a deleted employer takes them along.</summary>
    public async Task EmployerAsync(Guid employerId, CancellationToken cancellationToken = default)
    {
        var openings = await db.Openings.AsNoTracking().Include(o => o.Employer)
            .Where(o => o.EmployerId == employerId).ToListAsync(cancellationToken);
        foreach (var opening in openings)
        {
            Opening(opening);
        }
    }
}
