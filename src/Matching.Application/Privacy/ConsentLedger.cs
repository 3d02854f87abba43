using Matching.Application.Common;
using Matching.Domain.Privacy;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Privacy;

/// <summary>Writes a consent record for each consent that a save changes, in the same transaction as the save.</summary>
internal static class ConsentLedger
{
    /// <param name="before">The consents before the change; null for a new seeker, whose every consent is recorded.</param>
    public static void Stage(MatchingDbContext db, Actor actor, Seeker seeker, (bool Matching, bool Share)? before, DateTimeOffset at)
    {
        Record(db, actor, seeker.Id, ConsentKind.Matching, seeker.ConsentToMatching, before?.Matching, at);
        Record(db, actor, seeker.Id, ConsentKind.ShareWithEmployer, seeker.ConsentToShare, before?.Share, at);
    }

    public static void Record(MatchingDbContext db, Actor actor, Guid seekerId, ConsentKind kind, bool given, bool? before, DateTimeOffset at)
    {
        if (before != given)
        {
            Add(db, actor, seekerId, kind, given, at);
        }
    }

    /// <summary>One record under today's purpose text, taken by <paramref name="actor"/>.</summary>
    public static ConsentRecord Add(MatchingDbContext db, Actor actor, Guid seekerId, ConsentKind kind, bool given, DateTimeOffset at)
    {
        var record = new ConsentRecord
        {
            SeekerId = seekerId, Kind = kind, Given = given, At = at, PurposeVersion = ConsentPurposes.VersionOf(kind), TakenBy = actor.UserId,
        };
        db.ConsentRecords.Add(record);
        return record;
    }
}
