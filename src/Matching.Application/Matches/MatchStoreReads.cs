using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Matching.Infrastructure.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Matches;

/// <summary>
/// The store reads of a match answer, compiled once per model. Measured under load (100,000 seekers, 32 connections):
/// the LINQ forms cost more than the ranking itself, through expression-tree handling on every call, contention on a
/// lock in EF's command cache, and whole seeker rows (seven JSON columns, change-tracked) read for one name each.
/// Each read takes only the columns it needs. Held once per model (<see cref="PerModel{T}"/>).
/// </summary>
internal sealed class MatchStoreReads
{
    public static MatchStoreReads For(MatchingDbContext db) => PerModel<MatchStoreReads>.For(db);

    /// <summary>
    /// An opening that is not deleted: its employer (who may see its candidates) and its stored list's version (0 when it has
    /// none yet), in one statement; null when there is no such opening. Each statement costs a SQLite prepare and EF's
    /// per-query work, which together weighed about as much as the ranking.
    /// </summary>
    public readonly Func<MatchingDbContext, Guid, CancellationToken, Task<OpeningHead?>> Opening =
        EF.CompileAsyncQuery((MatchingDbContext db, Guid id, CancellationToken ct) =>
            db.Openings.Where(o => o.Id == id && o.Status != OpeningStatus.Deleted)
                .Select(o => new OpeningHead(o.EmployerId, db.SuggestionLists
                    .Where(l => l.Subject == SuggestionSubjects.Opening && l.SubjectId == id).Select(l => l.Version).FirstOrDefault()))
                .FirstOrDefault());

    /// <summary>An active seeker's stored list version (0 when it has none yet), in one statement; null when the seeker is not active.</summary>
    public readonly Func<MatchingDbContext, Guid, CancellationToken, Task<SeekerHead?>> ActiveSeeker =
        EF.CompileAsyncQuery((MatchingDbContext db, Guid id, CancellationToken ct) =>
            db.Seekers.Where(s => s.Id == id && s.Status == ProfileStatus.Active)
                .Select(s => new SeekerHead(db.SuggestionLists
                    .Where(l => l.Subject == SuggestionSubjects.Seeker && l.SubjectId == id).Select(l => l.Version).FirstOrDefault()))
                .FirstOrDefault());

    public readonly Func<MatchingDbContext, Guid[], IAsyncEnumerable<SeekerName>> SeekerNames =
        EF.CompileAsyncQuery((MatchingDbContext db, Guid[] ids) =>
            db.Seekers.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new SeekerName(s.Id, s.Name)));

    public readonly Func<MatchingDbContext, Guid[], IAsyncEnumerable<OpeningTitle>> OpeningTitles =
        EF.CompileAsyncQuery((MatchingDbContext db, Guid[] ids) =>
            db.Openings.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new OpeningTitle(o.Id, o.Title, o.Employer!.Name)));

    public sealed record OpeningHead(Guid EmployerId, long ListVersion);

    public sealed record SeekerHead(long ListVersion);

    public sealed record SeekerName(Guid Id, string? Name);

    public sealed record OpeningTitle(Guid Id, string Title, string EmployerName);
}
