using Matching.Application.Common;
using Matching.Application.Privacy;
using Matching.Domain.Events;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Events;

public sealed record BoothOpening(Guid Id, string Title, string Occupation);

/// <summary>A booth as the set-up page lists it: the employer by name and the openings it recruits for.</summary>
public sealed record BoothView(Guid EmployerId, string EmployerName, IReadOnlyList<BoothOpening> Openings, int InterviewersPerSlot, DateTimeOffset JoinedAt);

/// <summary>A registered (or walked-in) seeker as the set-up page lists them, with why the last pre-match left them out.</summary>
public sealed record AttendeeView(Guid SeekerId, string Name, int BirthYear, IReadOnlyList<string> DesiredOccupations, int MaxInterviews,
    AttendeeSource Source, DateTimeOffset JoinedAt, DateTimeOffset? CheckedInAt, string? UnplacedReason);

/// <summary>The organiser's set-up page: who takes part, named; the counts and the timetable come from their own queries.</summary>
public sealed class EventSetupQueries(MatchingDbContext db, AuditTrail audit)
{
    public async Task<Result<List<BoothView>>> BoothsAsync(Guid eventId, CancellationToken ct = default)
    {
        var found = await EventLookup.FindAsync(db, eventId, mustBeOpen: false, ct);
        if (!found.IsOk)
        {
            return found.Problem!;
        }

        var booths = await db.EventEmployers.AsNoTracking().Where(b => b.EventId == eventId)
            .Join(db.Employers, b => b.EmployerId, e => e.Id, (b, e) => new { Booth = b, e.Name }).ToListAsync(ct);
        var openingIds = booths.SelectMany(b => b.Booth.OpeningIds).Distinct().ToList();
        var openings = await db.Openings.AsNoTracking().Where(o => openingIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => new BoothOpening(o.Id, o.Title, o.Occupation), ct);
        return booths.OrderBy(b => b.Booth.JoinedAt).ThenBy(b => b.Name, StringComparer.Ordinal)
            .Select(b => new BoothView(b.Booth.EmployerId, b.Name, b.Booth.OpeningIds.Where(openings.ContainsKey).Select(id => openings[id]).ToList(),
                b.Booth.InterviewersPerSlot, b.Booth.JoinedAt))
            .ToList();
    }

    public async Task<Result<List<AttendeeView>>> SeekersAsync(Actor actor, Guid eventId, CancellationToken ct = default)
    {
        var found = await EventLookup.FindAsync(db, eventId, mustBeOpen: false, ct);
        if (!found.IsOk)
        {
            return found.Problem!;
        }

        var attendees = await db.EventSeekers.AsNoTracking().Where(a => a.EventId == eventId)
            .Join(db.Seekers, a => a.SeekerId, s => s.Id, (a, s) => new { Attendee = a, s.BirthYear, s.DesiredOccupations }).ToListAsync(ct);
        var names = await EventLookup.SeekerNamesAsync(db, audit, actor, attendees.Select(a => a.Attendee.SeekerId), ct);
        return attendees.OrderBy(a => a.Attendee.JoinedAt).ThenBy(a => names[a.Attendee.SeekerId], StringComparer.Ordinal)
            .Select(a => new AttendeeView(a.Attendee.SeekerId, names[a.Attendee.SeekerId], a.BirthYear, a.DesiredOccupations, a.Attendee.MaxInterviews,
                a.Attendee.Source, a.Attendee.JoinedAt, a.Attendee.CheckedInAt, a.Attendee.UnplacedReason))
            .ToList();
    }
}
