using Matching.Application.Common;
using Matching.Application.Privacy;
using Matching.Application.Seekers;
using Matching.Contracts;
using Matching.Domain.Events;
using Matching.Domain.Privacy;
using Matching.Infrastructure;
using Matching.Infrastructure.Events;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Events;

/// <summary>What the screens of the day read: every booth's queue, one booth's own screen, the check-in desk's search.</summary>
public sealed class EventDayQueries(MatchingDbContext db, BoothSnapshots snapshots, AuditTrail audit, TimeProvider clock)
{
    public const int DeskResults = 20;

    /// <summary>
    /// Every booth with who is next and who is in an interview, named as <paramref name="actor"/> may see them
    /// (names shown in full are recorded as read); an employer its own booth only, anonymised.
    /// </summary>
    public async Task<Result<List<BoothState>>> BoothsAsync(Actor actor, Guid eventId, CancellationToken ct = default)
    {
        var found = await EventLookup.FindAsync(db, eventId, mustBeOpen: false, ct);
        if (!found.IsOk)
        {
            return found.Problem!;
        }

        return await snapshots.BuildAsync(eventId, actor.IsEmployer ? [actor.EmployerId ?? Guid.Empty] : null,
            (ids, c) => EventLookup.SeekerNamesAsync(db, audit, actor, ids, c), ct);
    }

    public async Task<Result<BoothScreen>> BoothAsync(Actor actor, Guid eventId, Guid employerId, CancellationToken ct = default)
    {
        var found = await EventLookup.FindAsync(db, eventId, mustBeOpen: false, ct);
        if (found.Value is not { } ev)
        {
            return found.Problem!;
        }

        if (!actor.MayActFor(employerId))
        {
            return Problem.Forbidden("소속 기업의 부스만 볼 수 있습니다.");
        }

        var booth = await db.EventEmployers.AsNoTracking().Where(b => b.EventId == eventId && b.EmployerId == employerId)
            .Join(db.Employers, b => b.EmployerId, e => e.Id, (b, e) => new { b.InterviewersPerSlot, e.Name }).FirstOrDefaultAsync(ct);
        if (booth is null)
        {
            return Problem.NotFound("행사 참가 기업", employerId);
        }

        var mine = await db.EventInterviews.AsNoTracking().Where(i => i.EventId == eventId && i.EmployerId == employerId).ToListAsync(ct);
        var waiting = mine.Where(i => i.Status == InterviewStatus.Waiting).ToList();
        var waitingSeekers = waiting.Select(i => i.SeekerId).ToList();
        var busy = (await db.EventInterviews.AsNoTracking()
            .Where(i => i.EventId == eventId && i.Status == InterviewStatus.InProgress && waitingSeekers.Contains(i.SeekerId))
            .Select(i => i.SeekerId).ToListAsync(ct)).ToHashSet();
        var shown = mine.Where(i => i.Status is InterviewStatus.Waiting or InterviewStatus.InProgress).ToList();
        var names = await EventLookup.SeekerNamesAsync(db, audit, actor, shown.Select(i => i.SeekerId), ct);
        var titles = await TitlesAsync(shown.Select(i => i.OpeningId), ct);

        var byId = waiting.ToDictionary(i => i.Id);
        var queue = BoothQueue.Order(waiting.Select(BoothSnapshots.Queued), clock.Now()).Select(c => byId[c.InterviewId]).Select(i =>
            new BoothQueueEntry(i.Id, i.SeekerId, names[i.SeekerId], titles.GetValueOrDefault(i.OpeningId, ""), i.Source, i.StartsAt, i.QueuedAt,
                busy.Contains(i.SeekerId))).ToList();
        var interviewing = mine.Where(i => i.Status == InterviewStatus.InProgress).OrderBy(i => i.CalledAt)
            .Select(i => new BoothInterview(i.Id, i.SeekerId, names[i.SeekerId], titles.GetValueOrDefault(i.OpeningId, ""), i.CalledAt)).ToList();
        return new BoothScreen(eventId, ev.Title, ev.Status, employerId, booth.Name, booth.InterviewersPerSlot, interviewing, queue,
            Expected: mine.Count(i => i.Status == InterviewStatus.Scheduled),
            Done: mine.Count(i => i.Status == InterviewStatus.Done),
            NoShows: mine.Count(i => i.Status == InterviewStatus.NoShow));
    }

    /// <summary>
    /// The desk's search: <paramref name="q"/> is part of a name, a birth year or phone digits, as in the seeker
    /// search; registered seekers first. Each with their queue places at this event, and the phone masked whoever
    /// staffs the desk: the one masking rule tells two people of one name apart without showing the number.
    /// </summary>
    public async Task<Result<List<DeskSeeker>>> DeskAsync(Actor actor, Guid eventId, string? q, CancellationToken ct = default)
    {
        var found = await EventLookup.FindAsync(db, eventId, mustBeOpen: false, ct);
        if (!found.IsOk)
        {
            return found.Problem!;
        }

        if (string.IsNullOrWhiteSpace(q))
        {
            return new List<DeskSeeker>();
        }

        var matches = SeekerSearch.Apply(db.Seekers.AsNoTracking().Where(s => s.Status == ProfileStatus.Active), q);
        var attending = db.EventSeekers.Where(a => a.EventId == eventId).Select(a => a.SeekerId);
        var seekers = await matches.OrderBy(s => attending.Contains(s.Id) ? 0 : 1).ThenBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.BirthYear, s.Phone }).Take(DeskResults).ToListAsync(ct);
        var ids = seekers.Select(s => s.Id).ToList();
        var attendees = await db.EventSeekers.AsNoTracking().Where(a => a.EventId == eventId && ids.Contains(a.SeekerId))
            .ToDictionaryAsync(a => a.SeekerId, ct);
        var names = await EventLookup.SeekerNamesAsync(db, audit, actor, ids, ct);
        var places = await PlacesAsync(eventId, ids, ct);
        return seekers.Select(s =>
        {
            var attendee = attendees.GetValueOrDefault(s.Id);
            var attendance = attendee is null ? Attendance.NotRegistered : attendee.CheckedInAt is null ? Attendance.Registered : Attendance.CheckedIn;
            return new DeskSeeker(s.Id, names[s.Id], s.BirthYear, Masking.Phone(s.Phone), attendance, attendee?.Source, attendee?.CheckedInAt,
                places.GetValueOrDefault(s.Id) ?? []);
        }).ToList();
    }

    public async Task<DeskCounts> CountsAsync(Guid eventId, CancellationToken ct = default)
    {
        var attendees = await db.EventSeekers.AsNoTracking().Where(a => a.EventId == eventId)
            .Select(a => new { a.Source, Arrived = a.CheckedInAt != null }).ToListAsync(ct);
        return new DeskCounts(attendees.Count(a => a.Source != AttendeeSource.WalkIn), attendees.Count(a => a.Arrived),
            attendees.Count(a => a.Source == AttendeeSource.WalkIn));
    }

    /// <summary>Each seeker's interviews still ahead: a slot time while they are not here, a queue position once they are.</summary>
    private async Task<Dictionary<Guid, List<QueuePlace>>> PlacesAsync(Guid eventId, List<Guid> seekerIds, CancellationToken ct)
    {
        var theirs = await db.EventInterviews.AsNoTracking()
            .Where(i => i.EventId == eventId && seekerIds.Contains(i.SeekerId)
                && (i.Status == InterviewStatus.Scheduled || i.Status == InterviewStatus.Waiting || i.Status == InterviewStatus.InProgress))
            .ToListAsync(ct);
        if (theirs.Count == 0)
        {
            return [];
        }

        var boothIds = theirs.Select(i => i.EmployerId).Distinct().ToList();
        var queues = await db.EventInterviews.AsNoTracking()
            .Where(i => i.EventId == eventId && boothIds.Contains(i.EmployerId) && i.Status == InterviewStatus.Waiting).ToListAsync(ct);
        var now = clock.Now();
        var positions = queues.GroupBy(i => i.EmployerId)
            .SelectMany(g => BoothQueue.Order(g.Select(BoothSnapshots.Queued), now).Select((c, index) => (c.InterviewId, Position: index + 1)))
            .ToDictionary(p => p.InterviewId, p => p.Position);
        var employers = await db.Employers.AsNoTracking().Where(e => boothIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        var titles = await TitlesAsync(theirs.Select(i => i.OpeningId), ct);
        return theirs.GroupBy(i => i.SeekerId).ToDictionary(g => g.Key, g => g
            .Select(i => new QueuePlace(i.Id, i.EmployerId, employers.GetValueOrDefault(i.EmployerId, ""), titles.GetValueOrDefault(i.OpeningId, ""),
                i.Status, positions.TryGetValue(i.Id, out var p) ? p : null, i.StartsAt))
            .OrderBy(p => p.Status == InterviewStatus.InProgress ? 0 : 1).ThenBy(p => p.Position ?? int.MaxValue).ThenBy(p => p.SlotStartsAt)
            .ToList());
    }

    private async Task<Dictionary<Guid, string>> TitlesAsync(IEnumerable<Guid> openingIds, CancellationToken ct)
    {
        var ids = openingIds.Distinct().ToList();
        return await db.Openings.AsNoTracking().Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Title, ct);
    }
}
