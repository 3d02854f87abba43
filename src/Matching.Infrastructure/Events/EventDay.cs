using Matching.Domain.Events;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Matching.Infrastructure.Events;

/// <summary>What a check-in did: the seeker's queue places, or why they have none.</summary>
public sealed record CheckInResult(Guid SeekerId, bool WalkIn, DateTimeOffset CheckedInAt, IReadOnlyList<EventInterview> Queued, string? Note);

/// <summary>
/// The day itself: check-in puts pre-matched seekers in their booths' queues and walk-ins in the queues of their
/// best booths; booths call the next candidate and mark interviews done or no-show. Every step is saved first,
/// then announced.
/// </summary>
public sealed class EventDay(MatchingDbContext db, EventPairs pairs, EventUpdates updates, TimeProvider clock, IOptions<EventOptions> options)
{
    public const string NoBoothAboveThreshold = "기준 점수 이상인 부스가 없어 대기열에 넣지 않았습니다. 상담 창구로 안내하세요.";

    public async Task<CheckInResult> CheckInAsync(RecruitmentEvent ev, Guid seekerId, int? maxInterviews, CancellationToken ct)
    {
        var now = clock.Now();
        var attendee = await db.EventSeekers.FirstOrDefaultAsync(s => s.EventId == ev.Id && s.SeekerId == seekerId, ct);
        var walkIn = attendee is null;
        if (attendee is null)
        {
            attendee = new Store.Entities.EventSeeker
            {
                EventId = ev.Id, SeekerId = seekerId, MaxInterviews = maxInterviews ?? options.Value.WalkInBooths,
                Source = AttendeeSource.WalkIn, JoinedAt = now,
            };
            db.EventSeekers.Add(attendee);
        }

        if (attendee.CheckedInAt is { } earlier)
        {
            var queued = await db.EventInterviews.AsNoTracking()
                .Where(i => i.EventId == ev.Id && i.SeekerId == seekerId && i.Status == InterviewStatus.Waiting).ToListAsync(ct);
            return new CheckInResult(seekerId, attendee.Source == AttendeeSource.WalkIn, earlier, queued, "이미 체크인했습니다.");
        }

        attendee.CheckedInAt = now;
        var scheduled = await db.EventInterviews
            .Where(i => i.EventId == ev.Id && i.SeekerId == seekerId && i.Status == InterviewStatus.Scheduled).ToListAsync(ct);
        string? note = null;
        if (scheduled.Count > 0)
        {
            foreach (var interview in scheduled)
            {
                interview.Status = InterviewStatus.Waiting;
                interview.QueuedAt = now;
                interview.Version++;
            }
        }
        else
        {
            scheduled = await QueueAtBestBoothsAsync(ev, seekerId, Math.Max(1, attendee.MaxInterviews), now, ct);
            note = scheduled.Count == 0 ? NoBoothAboveThreshold : null;
        }

        await db.SaveChangesAsync(ct);
        await updates.PublishAsync(ev.Id, EventUpdates.CheckIn, scheduled.Select(i => i.EmployerId).Distinct().ToList(), ct);
        return new CheckInResult(seekerId, walkIn, now, scheduled, note);
    }

    /// <summary>Moves the booth's next candidate into an interview; null when nobody waits or every interviewer is busy.</summary>
    public async Task<EventInterview?> CallNextAsync(Guid eventId, Store.Entities.EventEmployer booth, CancellationToken ct)
    {
        var live = await db.EventInterviews
            .Where(i => i.EventId == eventId && (i.Status == InterviewStatus.Waiting || i.Status == InterviewStatus.InProgress))
            .ToListAsync(ct);
        if (live.Count(i => i.EmployerId == booth.EmployerId && i.Status == InterviewStatus.InProgress) >= booth.InterviewersPerSlot)
        {
            return null;
        }

        var busy = live.Where(i => i.Status == InterviewStatus.InProgress).Select(i => i.SeekerId).ToHashSet();
        var waiting = live.Where(i => i.EmployerId == booth.EmployerId && i.Status == InterviewStatus.Waiting)
            .Select(BoothSnapshots.Queued);
        if (BoothQueue.Next(waiting, busy, clock.Now()) is not { } next)
        {
            return null;
        }

        var interview = live.First(i => i.Id == next.InterviewId);
        interview.Status = InterviewStatus.InProgress;
        interview.CalledAt = clock.Now();
        interview.Version++;
        await db.SaveChangesAsync(ct);
        await PublishQueuesAsync(eventId, interview.SeekerId, booth.EmployerId, ct);
        return interview;
    }

    /// <summary>An interviewer marks an interview done or no-show.</summary>
    public async Task FinishAsync(EventInterview interview, InterviewStatus status, CancellationToken ct)
    {
        interview.Status = status;
        interview.FinishedAt = clock.Now();
        interview.Version++;
        await db.SaveChangesAsync(ct);
        await PublishQueuesAsync(interview.EventId, interview.SeekerId, interview.EmployerId, ct);
    }

    private async Task<List<EventInterview>> QueueAtBestBoothsAsync(RecruitmentEvent ev, Guid seekerId, int booths, DateTimeOffset now, CancellationToken ct)
    {
        var eventBooths = await db.EventEmployers.AsNoTracking().Where(b => b.EventId == ev.Id).ToListAsync(ct);
        var scored = await pairs.ScoreAsync([seekerId], eventBooths, ct);
        var minScore = ev.PrematchMinScore ?? options.Value.PrematchMinScore;
        var queued = WalkInPlacement.BestBooths(scored, minScore, booths).Select(c => new EventInterview
        {
            Id = Guid.NewGuid(), Version = 1, EventId = ev.Id, EmployerId = c.EmployerId, OpeningId = c.OpeningId, SeekerId = seekerId,
            Source = InterviewSource.WalkIn, Score = c.Score, Status = InterviewStatus.Waiting, QueuedAt = now,
        }).ToList();
        db.EventInterviews.AddRange(queued);
        return queued;
    }

    /// <summary>A seeker's state changes every booth they wait at, not just this one (they are busy, or free again).</summary>
    private async Task PublishQueuesAsync(Guid eventId, Guid seekerId, Guid employerId, CancellationToken ct)
    {
        var affected = await db.EventInterviews.AsNoTracking()
            .Where(i => i.EventId == eventId && i.SeekerId == seekerId && i.Status == InterviewStatus.Waiting)
            .Select(i => i.EmployerId).ToListAsync(ct);
        affected.Add(employerId);
        await updates.PublishAsync(eventId, EventUpdates.Queue, affected.Distinct().ToList(), ct);
    }
}
