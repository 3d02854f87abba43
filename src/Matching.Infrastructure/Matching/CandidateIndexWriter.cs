using Matching.Domain.Matching;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Matching.Infrastructure.Matching;

/// <summary>
/// Brings the index in line with what was just committed to the store. The embedded index takes the change at once,
/// so the node that saved it answers with it; Elasticsearch takes it from the change feed, which this only wakes,
/// so a save never waits for (or fails with) the search server.
/// </summary>
public sealed class CandidateIndexWriter(
    ICandidateIndex index, MatchingDbContext db, IOptions<IndexOptions> options, IndexFollower follower, IndexedSeekerVersions versions)
{
    private bool Inline => options.Value.Engine == IndexEngine.Embedded;

    public void Seeker(Seeker seeker)
    {
        if (Inline)
        {
            Apply(seeker);
        }
        else
        {
            follower.Nudge();
        }
    }

    public void Opening(Opening opening)
    {
        if (Inline)
        {
            Apply(opening);
        }
        else
        {
            follower.Nudge();
        }
    }

    /// <summary>An employer's name travels with each of its openings; a deleted employer takes them along.</summary>
    public async Task EmployerAsync(Guid employerId, CancellationToken cancellationToken = default)
    {
        if (!Inline)
        {
            follower.Nudge();
            return;
        }

        var openings = await db.Openings.AsNoTracking().Include(o => o.Employer)
            .Where(o => o.EmployerId == employerId).ToListAsync(cancellationToken);
        foreach (var opening in openings)
        {
            Apply(opening);
        }
    }

    /// <summary>A seeker who withdrew, or withdrew consent to matching, leaves the index (and so every list) at once.</summary>
    internal void Apply(Seeker seeker) => versions.Apply(index, seeker);

    internal void Apply(Opening opening)
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
}
