using Matching.Contracts;
using Matching.Domain.Events;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace Matching.Infrastructure.Events;

/// <summary>Each booth's queue as the organiser's and the employer's screens and the hall's board show it.</summary>
public sealed class BoothSnapshots(MatchingDbContext db, TimeProvider clock)
{
    /// <summary>
    /// The booths of <paramref name="employerIds"/> (all booths when null), their seekers named by <paramref name="names"/>:
    /// a screen names them as its reader may see them; the announcement to every node names them in full, and each node
    /// masks them for the groups it pushes to.
    /// </summary>
    public async Task<List<BoothState>> BuildAsync(Guid eventId, IReadOnlyCollection<Guid>? employerIds, SeekerNaming names, CancellationToken ct)
    {
        var booths = await db.EventEmployers.AsNoTracking().Where(b => b.EventId == eventId)
            .Where(b => employerIds == null || employerIds.Contains(b.EmployerId))
            .Join(db.Employers, b => b.EmployerId, e => e.Id, (b, e) => new { b.EmployerId, e.Name })
            .ToListAsync(ct);
        var live = await db.EventInterviews.AsNoTracking()
            .Where(i => i.EventId == eventId && (i.Status == InterviewStatus.Waiting || i.Status == InterviewStatus.InProgress))
            .ToListAsync(ct);
        var busy = live.Where(i => i.Status == InterviewStatus.InProgress).Select(i => i.SeekerId).ToHashSet();

        var now = clock.Now();
        var next = booths.ToDictionary(b => b.EmployerId, b => BoothQueue.Next(
            live.Where(i => i.EmployerId == b.EmployerId && i.Status == InterviewStatus.Waiting).Select(Queued), busy, now));
        var boothIds = booths.Select(b => b.EmployerId).ToHashSet();
        var interviewing = live.Where(i => i.Status == InterviewStatus.InProgress && boothIds.Contains(i.EmployerId)).ToList();
        var seekerIds = next.Values.Where(n => n is not null).Select(n => n!.SeekerId).Concat(interviewing.Select(i => i.SeekerId)).Distinct().ToList();
        var named = await names(seekerIds, ct);
        var interviewIds = next.Values.Where(n => n is not null).Select(n => n!.InterviewId).ToHashSet();
        var openingIds = live.Where(i => interviewIds.Contains(i.Id)).Select(i => i.OpeningId).Distinct().ToList();
        var titles = await db.Openings.AsNoTracking().Where(o => openingIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Title, ct);

        return booths.OrderBy(b => b.Name, StringComparer.Ordinal).Select(b =>
        {
            NextCandidate? candidate = null;
            if (next[b.EmployerId] is { } n)
            {
                var interview = live.First(i => i.Id == n.InterviewId);
                candidate = new NextCandidate(n.InterviewId, n.SeekerId, named.GetValueOrDefault(n.SeekerId, ""), interview.OpeningId,
                    titles.GetValueOrDefault(interview.OpeningId, ""), n.Score, n.Source.ToString(), n.SlotStartsAt);
            }

            var current = interviewing.Where(i => i.EmployerId == b.EmployerId).OrderBy(i => i.CalledAt).ThenBy(i => i.Id)
                .Select(i => new CurrentInterview(i.Id, i.SeekerId, named.GetValueOrDefault(i.SeekerId, ""), i.OpeningId, i.CalledAt))
                .ToList();
            return new BoothState(b.EmployerId, b.Name,
                live.Count(i => i.EmployerId == b.EmployerId && i.Status == InterviewStatus.Waiting),
                current.Count,
                candidate,
                current);
        }).ToList();
    }

    /// <summary>A waiting interview as the queue sees it; every waiting one was queued at check-in.</summary>
    public static QueuedCandidate Queued(Store.Entities.EventInterview i) =>
        new(i.Id, i.SeekerId, i.Source, i.StartsAt, i.QueuedAt ?? DateTimeOffset.MaxValue, i.Score);
}
