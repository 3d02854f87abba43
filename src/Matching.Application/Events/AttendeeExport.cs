using Matching.Application.Common;
using Matching.Application.Privacy;
using Matching.Domain.Events;
using Matching.Domain.Exports;
using Matching.Infrastructure;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Events;

/// <summary>
/// An event's attendance list (출석부) as CSV for the desk on the day: names and phones as the caller's role may
/// see them (an organiser's list is masked), each listed seeker recorded as exported with the purpose typed.
/// </summary>
public sealed class AttendeeExport(MatchingDbContext db, AuditTrail audit)
{
    public async Task<Result<byte[]>> ExecuteAsync(Actor actor, Guid eventId, string? purpose, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        AuditTrail.CheckPurpose(purpose, required: true, errors);
        if (errors.Any)
        {
            return Problem.Invalid(errors);
        }

        var found = await EventLookup.FindAsync(db, eventId, mustBeOpen: false, ct);
        if (!found.IsOk)
        {
            return found.Problem!;
        }

        var attendees = await db.EventSeekers.AsNoTracking().Where(s => s.EventId == eventId)
            .Join(db.Seekers, a => a.SeekerId, s => s.Id, (a, s) => new { a.SeekerId, s.Name, s.BirthYear, s.Phone, a.Source, a.JoinedAt, a.CheckedInAt })
            .ToListAsync(ct);
        var rows = attendees.OrderBy(a => a.JoinedAt).ToList();
        await audit.ExportedAsync(actor, purpose, rows.Select(a => a.SeekerId).ToList(), ct);
        return CsvFile.ToBytes(w =>
        {
            CsvFile.Line(w, "구직자 번호", "이름", "출생연도", "전화번호", "참가 방식", "체크인");
            foreach (var a in rows)
            {
                CsvFile.Line(w, a.SeekerId, actor.Name(a.SeekerId, a.Name), a.BirthYear, actor.Phone(a.Phone) ?? "",
                    a.Source switch { AttendeeSource.Registered => "사전 등록", AttendeeSource.WalkIn => "현장 접수", _ => "이월 초대" },
                    a.CheckedInAt is { } at ? at.ToOffset(KoreaClock.Offset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "");
            }
        });
    }
}
