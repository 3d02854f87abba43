using Matching.Application.Common;
using Matching.Application.Openings;
using Matching.Application.Privacy;
using Matching.Domain.Matching;
using Matching.Infrastructure;
using Matching.Infrastructure.Store;
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

        // One connection for the answer's reads: EF opens and closes it around each query otherwise, and each open of a
        // SQLite connection registers EF's functions again.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await SeekersForOpeningAsync(actor, id, top, MatchStoreReads.For(db), ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<Result<MatchList<SeekerMatch>>> SeekersForOpeningAsync(Actor actor, Guid id, int top, MatchStoreReads reads, CancellationToken ct)
    {
        var opening = await reads.Opening(db, id, ct);
        if (OpeningAccess.Check(actor, id, opening?.EmployerId, "다른 기업의 채용공고 추천 목록은 볼 수 없습니다.") is { } refused)
        {
            return refused;
        }

        var listVersion = opening!.ListVersion;
        var matches = await index.TopSeekersForOpeningAsync(id, top, clock.Today(), ct) ?? [];
        var ids = matches.Select(m => m.SeekerId).ToArray();
        // Employers see anonymised candidates until a counsellor refers them; other staff see them masked.
        var names = new Dictionary<Guid, string?>(ids.Length);
        if (actor.SeekerView == SeekerView.Anonymous)
        {
            foreach (var seekerId in ids)
            {
                names[seekerId] = null;
            }
        }
        else
        {
            await foreach (var s in reads.SeekerNames(db, ids).WithCancellation(ct))
            {
                names[s.Id] = s.Name;
            }
        }

        var shown = matches.Where(m => names.ContainsKey(m.SeekerId)).ToList();
        await audit.ShownAsync(actor, shown.Select(m => m.SeekerId), ct);

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

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await OpeningsForSeekerAsync(id, top, MatchStoreReads.For(db), ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<Result<MatchList<OpeningMatch>>> OpeningsForSeekerAsync(Guid id, int top, MatchStoreReads reads, CancellationToken ct)
    {
        if (await reads.ActiveSeeker(db, id, ct) is not { } seeker)
        {
            return Problem.NotFound("구직자", id);
        }

        var listVersion = seeker.ListVersion;
        var matches = await index.TopOpeningsForSeekerAsync(id, top, clock.Today(), ct) ?? [];
        var openings = new Dictionary<Guid, MatchStoreReads.OpeningTitle>(matches.Count);
        await foreach (var o in reads.OpeningTitles(db, [.. matches.Select(m => m.OpeningId)]).WithCancellation(ct))
        {
            openings[o.Id] = o;
        }

        var items = new List<OpeningMatch>(matches.Count);
        foreach (var m in matches)
        {
            if (openings.TryGetValue(m.OpeningId, out var o))
            {
                items.Add(new OpeningMatch(m.OpeningId, o.EmployerName, o.Title, m.Score, m.Components, m.Reasons, m.Widened));
            }
        }

        return new MatchList<OpeningMatch>(listVersion, items);
    }

    private static Problem? TopError(int top)
    {
        var errors = new ValidationErrors();
        errors.Range("top", top, 1, 100);
        return errors.Any ? Problem.Invalid(errors) : null;
    }
}
