using System.Diagnostics;
using Matching.Domain.Events;
using Matching.Infrastructure.Scheduling;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using DomainEmployer = Matching.Domain.Events.EventEmployer;
using DomainSeeker = Matching.Domain.Events.EventSeeker;

namespace Matching.Infrastructure.Events;

/// <summary>
/// Pre-matching (사전매칭): scores every registered seeker against every booth's openings, solves the interview
/// timetable, replaces the previous pre-matched interviews that have not started, and invites each placed seeker.
/// </summary>
public sealed class EventPrematcher(
    MatchingDbContext db,
    EventPairs pairs,
    Notifier notifier,
    EventUpdates updates,
    TimeProvider clock,
    ILogger<EventPrematcher> logger)
{
    /// <summary>
    /// Runs the pre-match the event's row asks for (status <see cref="PrematchStatus.Queued"/>); a job that finds it
    /// done already (a duplicate, or one the reconciler queued again) does nothing. Transient errors are thrown for
    /// the job server to retry; any other error is recorded on the event as <see cref="PrematchStatus.Failed"/>.
    /// </summary>
    public async Task RunAsync(Guid eventId, CancellationToken ct)
    {
        var ev = await db.Events.FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null || ev.Status == EventStatus.Closed || ev.PrematchStatus != PrematchStatus.Queued)
        {
            logger.LogInformation("Pre-match of event {EventId} skipped: it is gone, closed or not queued ({Status})", eventId, ev?.PrematchStatus);
            return;
        }

        var started = clock.Now();
        await db.Events.Where(e => e.Id == eventId).ExecuteUpdateAsync(u => u.SetProperty(e => e.PrematchStartedAt, started), ct);
        logger.LogInformation("Pre-match of event {EventId} started", eventId);
        // The set-up page shows 실행 중 from this push; no booth's queue changed.
        await updates.PublishAsync(eventId, EventUpdates.PrematchStarted, [], ct);
        try
        {
            var timer = Stopwatch.GetTimestamp();
            var (timetable, scoring, solving) = await SolveAsync(ev, ct);
            await StoreAsync(ev, timetable, ct);
            await InviteAsync(ev, timetable, ct);
            // Done only once every invitation is stored and handed to the sender: whoever sees Done sees them too.
            // The row's version guards it: a new request saved meanwhile makes this a concurrency error, retried.
            ev.PrematchStatus = PrematchStatus.Done;
            ev.PrematchedAt = clock.Now();
            ev.PrematchError = null;
            ev.Version++;
            await db.SaveChangesAsync(ct);
            logger.LogInformation(
                "Pre-matched event {EventId}: {Interviews} interviews for {Placed} seekers, {Unplaced} unplaced, total score {Total:F1}; "
                + "scoring {Scoring} ms, solving {Solving} ms, in all {Elapsed} ms",
                eventId, timetable.Interviews.Count, timetable.SeekersPlaced, timetable.Unplaced.Count, timetable.TotalScore,
                (long)scoring.TotalMilliseconds, (long)solving.TotalMilliseconds, (long)Stopwatch.GetElapsedTime(timer).TotalMilliseconds);
            await updates.PublishAsync(eventId, EventUpdates.Prematched, null, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException && !TransientFailure.Is(e))
        {
            logger.LogError(e, "Pre-match of event {EventId} failed", eventId);
            db.ChangeTracker.Clear();
            await MarkFailedAsync(eventId, e.Message, ct);
        }
    }

    /// <summary>Records a pre-match that will not be tried again, unless a newer request queued it meanwhile.</summary>
    public async Task MarkFailedAsync(Guid eventId, string error, CancellationToken ct)
    {
        var marked = await db.Events.Where(e => e.Id == eventId && e.PrematchStatus == PrematchStatus.Queued).ExecuteUpdateAsync(u => u
            .SetProperty(e => e.PrematchStatus, PrematchStatus.Failed)
            .SetProperty(e => e.PrematchError, error)
            .SetProperty(e => e.Version, e => e.Version + 1), ct);
        if (marked > 0)
        {
            await updates.PublishAsync(eventId, EventUpdates.PrematchFailed, [], ct);
        }
    }

    private async Task<(Timetable Timetable, TimeSpan Scoring, TimeSpan Solving)> SolveAsync(RecruitmentEvent ev, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var booths = await db.EventEmployers.AsNoTracking().Where(b => b.EventId == ev.Id).ToListAsync(ct);
        var attendees = await db.EventSeekers.AsNoTracking()
            .Where(s => s.EventId == ev.Id && s.Source != AttendeeSource.WalkIn).ToListAsync(ct);
        var scored = await pairs.ScoreAsync(attendees.Select(a => a.SeekerId).ToList(), booths, ct);
        var scoring = Stopwatch.GetElapsedTime(started);
        var slotCount = (int)((ev.EndsAt - ev.StartsAt).TotalMinutes / ev.SlotMinutes);
        var problem = new TimetableProblem
        {
            SlotStarts = TimetableProblem.ConsecutiveSlots(ev.StartsAt, TimeSpan.FromMinutes(ev.SlotMinutes), slotCount),
            Employers = booths.Select(b => new DomainEmployer(b.EmployerId, b.InterviewersPerSlot, b.OpeningIds)).ToList(),
            Seekers = attendees.Select(a => new DomainSeeker(a.SeekerId, a.MaxInterviews)).ToList(),
            Pairs = scored,
            MinScore = ev.PrematchMinScore ?? 0,
        };
        started = Stopwatch.GetTimestamp();
        var timetable = TimetableSolver.Solve(problem, ct);
        return (timetable, scoring, Stopwatch.GetElapsedTime(started));
    }

    private async Task StoreAsync(RecruitmentEvent ev, Timetable timetable, CancellationToken ct)
    {
        // Interviews already under way or finished stay; only those still ahead are replanned.
        var old = await db.EventInterviews
            .Where(i => i.EventId == ev.Id && i.Source == InterviewSource.Prematched && i.Status == InterviewStatus.Scheduled)
            .ToListAsync(ct);
        db.EventInterviews.RemoveRange(old);
        db.EventInterviews.AddRange(timetable.Interviews.Select(i => new EventInterview
        {
            Id = Guid.NewGuid(), Version = 1, EventId = ev.Id, EmployerId = i.EmployerId, OpeningId = i.OpeningId, SeekerId = i.SeekerId,
            Source = InterviewSource.Prematched, SlotIndex = i.SlotIndex, StartsAt = i.StartsAt, Score = i.Score,
            Status = InterviewStatus.Scheduled,
        }));

        var reasons = timetable.Unplaced.ToDictionary(u => u.SeekerId, u => u.Reason);
        foreach (var attendee in await db.EventSeekers.Where(s => s.EventId == ev.Id && s.Source != AttendeeSource.WalkIn).ToListAsync(ct))
        {
            attendee.UnplacedReason = reasons.GetValueOrDefault(attendee.SeekerId);
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task InviteAsync(RecruitmentEvent ev, Timetable timetable, CancellationToken ct)
    {
        var placed = timetable.Interviews.GroupBy(i => i.SeekerId).ToDictionary(g => g.Key, g => g.OrderBy(i => i.StartsAt).ToList());
        if (placed.Count == 0)
        {
            return;
        }

        var texts = await NotificationTexts.InterviewListsAsync(db, ev, placed, NotificationTexts.Invitation, ct);
        await notifier.NotifyAsync(ev.Id, NotificationKind.Invitation, texts, ct);
    }
}
