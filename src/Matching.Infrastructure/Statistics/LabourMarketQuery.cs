using Matching.Domain.Referrals;
using Matching.Domain.Statistics;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Infrastructure.Statistics;

/// <summary>Reads the facts of a period from the store, grouped in SQL, and hands them to the pure tables.</summary>
public sealed class LabourMarketQuery(MatchingDbContext db)
{
    public async Task<LabourMarketReport> ReportAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var openings = await db.Openings.AsNoTracking()
            .Where(o => o.PostedOn >= from && o.PostedOn <= to && o.Status != OpeningStatus.Deleted)
            .GroupBy(o => o.Occupation)
            .Select(g => new { Occupation = g.Key, Headcount = g.Sum(o => o.Headcount) })
            .ToListAsync(cancellationToken);

        // Withdrawn seekers still count: withdrawal keeps exactly these columns. Grouped by the year of registration,
        // not the day: age at registration needs only the year, and a year of 62,000 seekers then comes back as a few
        // thousand groups instead of nearly one row per seeker.
        var seekers = await db.Seekers.AsNoTracking()
            .Where(s => s.RegisteredOn >= from && s.RegisteredOn <= to)
            .GroupBy(s => new { s.PrimaryOccupation, s.Gender, s.BirthYear, s.RegisteredOn.Year })
            .Select(g => new { g.Key.PrimaryOccupation, g.Key.Gender, g.Key.BirthYear, g.Key.Year, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var hired = await db.Referrals.AsNoTracking()
            .Where(r => r.Status == ReferralStatus.Hired && r.HiredOn >= from && r.HiredOn <= to)
            .Join(db.Seekers, r => r.SeekerId, s => s.Id, (r, s) => new { r.OpeningId, s.Gender, s.BirthYear, s.RegisteredOn })
            .Join(db.Openings, x => x.OpeningId, o => o.Id, (x, o) => new { o.Occupation, x.Gender, x.BirthYear, x.RegisteredOn })
            .ToListAsync(cancellationToken);

        var imported = await db.PlacementRecords.AsNoTracking()
            .Where(p => p.HiredOn >= from && p.HiredOn <= to)
            .GroupBy(p => new { p.Occupation, p.Gender, p.BirthYear, p.RegisteredOn.Year })
            .Select(g => new { g.Key.Occupation, g.Key.Gender, g.Key.BirthYear, g.Key.Year, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return LabourMarketTables.Build(
            from,
            to,
            openings.Select(o => new OpeningFact(o.Occupation, o.Headcount)),
            seekers.Select(s => new PersonFact(s.PrimaryOccupation, s.Gender, s.BirthYear, new DateOnly(s.Year, 1, 1), s.Count)),
            hired.Select(h => new PersonFact(h.Occupation, h.Gender, h.BirthYear, h.RegisteredOn))
                .Concat(imported.Select(p => new PersonFact(p.Occupation, p.Gender, p.BirthYear, new DateOnly(p.Year, 1, 1), p.Count))));
    }

    /// <summary>The period against the same dates one year earlier (the 전년대비 columns).</summary>
    public async Task<LabourMarketComparison> YearOnYearAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var previous = await ReportAsync(from.AddYears(-1), to.AddYears(-1), cancellationToken);
        var current = await ReportAsync(from, to, cancellationToken);
        return LabourMarketChanges.Compare(previous, current);
    }
}
