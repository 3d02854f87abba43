using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
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

    public readonly Func<MatchingDbContext, string, Guid, CancellationToken, Task<long>> ListVersion =
        EF.CompileAsyncQuery((MatchingDbContext db, string subject, Guid id, CancellationToken ct) =>
            db.SuggestionLists.Where(l => l.Subject == subject && l.SubjectId == id).Select(l => l.Version).FirstOrDefault());

    public readonly Func<MatchingDbContext, Guid, CancellationToken, Task<bool>> SeekerActive =
        EF.CompileAsyncQuery((MatchingDbContext db, Guid id, CancellationToken ct) =>
            db.Seekers.Any(s => s.Id == id && s.Status == ProfileStatus.Active));

    public readonly Func<MatchingDbContext, Guid[], IAsyncEnumerable<SeekerName>> SeekerNames =
        EF.CompileAsyncQuery((MatchingDbContext db, Guid[] ids) =>
            db.Seekers.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new SeekerName(s.Id, s.Name)));

    public readonly Func<MatchingDbContext, Guid[], IAsyncEnumerable<OpeningTitle>> OpeningTitles =
        EF.CompileAsyncQuery((MatchingDbContext db, Guid[] ids) =>
            db.Openings.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new OpeningTitle(o.Id, o.Title, o.Employer!.Name)));

    public sealed record SeekerName(Guid Id, string? Name);

    public sealed record OpeningTitle(Guid Id, string Title, string EmployerName);
}
