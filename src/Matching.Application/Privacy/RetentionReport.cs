using Matching.Application.Common;
using Matching.Infrastructure;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Matching.Application.Privacy;

/// <summary>One seeker the retention job will erase, and when.</summary>
public sealed record ErasureDue(Guid SeekerId, string Name, DateOnly RegisteredOn, DateTimeOffset LastActiveAt, DateOnly ErasedOn);

/// <summary>Who the retention job erases in a month, for the admin to review (and a counsellor to call first).</summary>
public sealed record ErasureReport(int Year, int Month, int RetentionYears, IReadOnlyList<ErasureDue> Seekers);

public sealed class RetentionReport(MatchingDbContext db, SeekerActivity activity, AuditTrail audit, IOptions<RetentionOptions> options, TimeProvider clock)
{
    /// <summary>Next month unless one is named: every active seeker whose retention period ends in it.</summary>
    public async Task<Result<ErasureReport>> ExecuteAsync(Actor actor, int? year = null, int? month = null, CancellationToken ct = default)
    {
        if (!actor.SeesPersonalData)
        {
            return Problem.Forbidden("파기 예정 명단은 관리자만 볼 수 있습니다.");
        }

        var next = clock.Today().AddMonths(1);
        var errors = new ValidationErrors();
        errors.Range("year", year, 2000, 2100);
        errors.Range("month", month, 1, 12);
        if (errors.Any)
        {
            return Problem.Invalid(errors);
        }

        var first = new DateOnly(year ?? next.Year, month ?? next.Month, 1);
        var years = options.Value.RetentionYears;
        var start = first.At().AddYears(-years);
        var end = first.AddMonths(1).At().AddYears(-years);
        var due = (await activity.InactiveSinceAsync(end, ct)).Where(d => d.LastActive >= start).ToDictionary(d => d.Id, d => d.LastActive);
        var ids = due.Keys.ToList();
        var seekers = await db.Seekers.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, s.RegisteredOn }).ToListAsync(ct);
        await audit.ReadAsync(actor, ids, ct);
        var list = seekers
            .Select(s => new ErasureDue(s.Id, s.Name ?? "", s.RegisteredOn, due[s.Id],
                DateOnly.FromDateTime(due[s.Id].ToOffset(KoreaClock.Offset).AddYears(years).DateTime)))
            .OrderBy(s => s.ErasedOn).ThenBy(s => s.Name)
            .ToList();
        return new ErasureReport(first.Year, first.Month, years, list);
    }
}
