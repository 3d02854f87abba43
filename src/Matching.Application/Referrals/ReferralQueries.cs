using AutoMapper;
using Matching.Application.Common;
using Matching.Application.Openings;
using Matching.Application.Privacy;
using Matching.Domain.Privacy;
using Matching.Domain.Referrals;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Referrals;

public sealed class ReferralQueries(MatchingDbContext db, AuditTrail audit, IMapper mapper)
{
    public async Task<Result<ReferralResponse>> GetAsync(Actor actor, Guid id, CancellationToken ct = default)
    {
        var referral = await db.Referrals.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (referral is null)
        {
            return NotFound(id);
        }

        var employerId = await db.Openings.Where(o => o.Id == referral.OpeningId).Select(o => o.EmployerId).FirstAsync(ct);
        if (!actor.MayActFor(employerId))
        {
            return Problem.Forbidden("다른 기업 공고의 알선은 볼 수 없습니다.");
        }

        return mapper.Map<ReferralResponse>(referral);
    }

    public async Task<List<ReferralResponse>> ListAsync(Guid? seekerId, Guid? openingId, int skip, int take, CancellationToken ct = default)
    {
        var query = db.Referrals.AsNoTracking();
        if (seekerId is { } s)
        {
            query = query.Where(r => r.SeekerId == s);
        }

        if (openingId is { } o)
        {
            query = query.Where(r => r.OpeningId == o);
        }

        // SQLite cannot order by a DateTimeOffset column, so the (filtered) rows are ordered here.
        var referrals = (await query.ToListAsync(ct)).OrderByDescending(r => r.CreatedAt).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200));
        return mapper.Map<List<ReferralResponse>>(referrals);
    }

    /// <summary>A seeker's referrals, newest first, for the counsellor's profile page.</summary>
    public async Task<Result<IReadOnlyList<ReferralView>>> ForSeekerAsync(Actor actor, Guid seekerId, CancellationToken ct = default)
    {
        if (!actor.SeesPersonalData)
        {
            return Problem.Forbidden("구직자의 알선 기록은 상담사만 볼 수 있습니다.");
        }

        return await ViewsAsync(actor, db.Referrals.Where(r => r.SeekerId == seekerId), int.MaxValue, ct);
    }

    /// <summary>The referrals an opening received; an employer sees only its own openings'.</summary>
    public async Task<Result<IReadOnlyList<ReferralView>>> ForOpeningAsync(Actor actor, Guid openingId, CancellationToken ct = default)
    {
        if (await OpeningAccess.CheckAsync(db, actor, openingId, "다른 기업 공고의 알선은 볼 수 없습니다.", ct) is { } refused)
        {
            return refused;
        }

        return await ViewsAsync(actor, db.Referrals.Where(r => r.OpeningId == openingId), int.MaxValue, ct);
    }

    /// <summary>Referrals still in progress (알선, 면접 진행), newest first: the counsellor's open work.</summary>
    public async Task<IReadOnlyList<ReferralView>> OpenAsync(Actor actor, int take, CancellationToken ct = default) =>
        await ViewsAsync(actor, db.Referrals.Where(r => r.Status == ReferralStatus.Referred || r.Status == ReferralStatus.Interviewing), take, ct);

    private async Task<List<ReferralView>> ViewsAsync(Actor actor, IQueryable<Referral> referrals, int take, CancellationToken ct)
    {
        // SQLite cannot order by a DateTimeOffset column: the filtered rows are ordered here.
        var rows = (await referrals.AsNoTracking().ToListAsync(ct)).OrderByDescending(r => r.CreatedAt).Take(take).ToList();
        var seekerIds = rows.Select(r => r.SeekerId).Distinct().ToList();
        var openingIds = rows.Select(r => r.OpeningId).Distinct().ToList();
        var userIds = rows.SelectMany(r => r.History).Select(h => h.By).OfType<Guid>().Distinct().ToList();
        // Projected in the query, so the employer's name comes from the join and no entity is loaded.
        var seekers = await db.Seekers.Where(s => seekerIds.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, s.Phone, s.ConsentToShare }).ToDictionaryAsync(s => s.Id, ct);
        var openings = await db.Openings.Where(o => openingIds.Contains(o.Id))
            .Select(o => new { o.Id, o.Title, EmployerName = o.Employer!.Name }).ToDictionaryAsync(o => o.Id, ct);
        var users = await db.Users.Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Email }).ToDictionaryAsync(u => u.Id, u => u.Email, ct);

        var read = new List<Guid>();
        var views = rows.Select(r =>
        {
            var seeker = seekers.GetValueOrDefault(r.SeekerId);
            var opening = openings[r.OpeningId];
            var (name, phone) = seeker?.Name is null ? ("(탈퇴한 구직자)", null)
                : actor.SeekerView != SeekerView.Anonymous ? (actor.Name(r.SeekerId, seeker.Name), actor.Phone(seeker.Phone))
                // The seeker agreed to be named to the employer they were sent to; the phone waits until it accepts.
                : seeker.ConsentToShare ? (seeker.Name, r.History.Any(h => h.Status == ReferralStatus.Interviewing) ? seeker.Phone : null)
                : (AnonymousName.For(r.SeekerId), (string?)null);
            if (seeker?.Name is not null && (actor.SeesPersonalData || (actor.IsEmployer && seeker.ConsentToShare)))
            {
                read.Add(r.SeekerId);
            }

            return new ReferralView(
                r.Id, r.Version, r.SeekerId, name, phone, r.OpeningId, opening.Title, opening.EmployerName,
                r.Status, r.Reason, r.Note, r.HiredOn,
                r.History.Select(h => new ReferralStep(h.Status, h.Reason, h.At, h.By is { } by ? users.GetValueOrDefault(by) : null)).ToList(),
                r.CreatedAt);
        }).ToList();
        await audit.ReadAsync(actor, read, ct);
        return views;
    }

    internal static Problem NotFound(Guid id) => Problem.NotFound("알선", id);
}
