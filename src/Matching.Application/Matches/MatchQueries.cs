using Matching.Application.Common;
using Matching.Application.Openings;
using Matching.Application.Privacy;
using Matching.Domain.Matching;
using Matching.Infrastructure;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Matching.Infrastructure.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Matches;

/// <summary>
/// The best matches, computed live by the candidate engine. Each list carries the stored list's version,
/// so a client drops pushes that are not newer than what it fetched. An engine that cannot answer throws
/// <see cref="CandidateIndexUnavailableException"/>: the API answers 503, a page says so in its place.
/// </summary>
public sealed class MatchQueries(ICandidateIndex index, MatchingDbContext db, AuditTrail audit, TimeProvider clock)
{
    public async Task<Result<MatchList<SeekerMatch>>> SeekersForOpeningAsync(Actor actor, Guid id, int top, CancellationToken ct = default)
    {
        if (TopError(top) is { } error)
        {
            return error;
        }

        if (await OpeningAccess.CheckAsync(db, actor, id, "다른 기업의 채용공고 추천 목록은 볼 수 없습니다.", ct) is { } refused)
        {
            return refused;
        }

        var listVersion = await StoredVersionAsync(SuggestionSubjects.Opening, id, ct);
        var matches = await index.TopSeekersForOpeningAsync(id, top, clock.Today(), ct) ?? [];
        var ids = matches.Select(m => m.SeekerId).ToList();
        // Employers see anonymised candidates until a counsellor refers them; other staff see them masked.
        var names = actor.SeekerView == SeekerView.Anonymous
            ? ids.ToDictionary(s => s, s => (string?)null)
            : await db.Seekers.Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var shown = matches.Where(m => names.ContainsKey(m.SeekerId)).ToList();
        if (actor.SeesPersonalData)
        {
            await audit.ReadAsync(actor, shown.Select(m => m.SeekerId), ct);
        }

        return new MatchList<SeekerMatch>(listVersion, shown
            .Select(m => new SeekerMatch(m.SeekerId, actor.Name(m.SeekerId, names[m.SeekerId]), m.Score, m.Components, m.Reasons, m.Widened))
            .ToList());
    }

    public async Task<Result<MatchList<OpeningMatch>>> OpeningsForSeekerAsync(Actor actor, Guid id, int top, CancellationToken ct = default)
    {
        if (TopError(top) is { } error)
        {
            return error;
        }

        if (!actor.SeesPersonalData)
        {
            return Problem.Forbidden("구직자 추천 목록은 상담사만 볼 수 있습니다.");
        }

        if (!await db.Seekers.AnyAsync(s => s.Id == id && s.Status == ProfileStatus.Active, ct))
        {
            return Problem.NotFound("구직자", id);
        }

        var listVersion = await StoredVersionAsync(SuggestionSubjects.Seeker, id, ct);
        var matches = await index.TopOpeningsForSeekerAsync(id, top, clock.Today(), ct) ?? [];
        var ids = matches.Select(m => m.OpeningId).ToList();
        var openings = await db.Openings.Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.Title, EmployerName = o.Employer!.Name })
            .ToDictionaryAsync(o => o.Id, ct);
        return new MatchList<OpeningMatch>(listVersion, matches
            .Where(m => openings.ContainsKey(m.OpeningId))
            .Select(m => new OpeningMatch(m.OpeningId, openings[m.OpeningId].EmployerName, openings[m.OpeningId].Title,
                m.Score, m.Components, m.Reasons, m.Widened))
            .ToList());
    }

    private Task<long> StoredVersionAsync(string subject, Guid id, CancellationToken ct) =>
        db.SuggestionLists.Where(l => l.Subject == subject && l.SubjectId == id).Select(l => l.Version).FirstOrDefaultAsync(ct);

    private static Problem? TopError(int top)
    {
        var errors = new ValidationErrors();
        errors.Range("top", top, 1, 100);
        return errors.Any ? Problem.Invalid(errors) : null;
    }
}
