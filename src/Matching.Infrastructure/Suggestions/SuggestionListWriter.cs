using Matching.Contracts;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Configurations;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Infrastructure.Suggestions;

/// <summary>
/// Stores recomputed lists that differ from the stored ones, in one transaction, then announces each.
/// Every write is conditional on the version read before the list was computed: when another writer got
/// there first, the batch fails with a concurrency error and the consumer's retry recomputes it.
/// </summary>
public sealed class SuggestionListWriter(MatchingDbContext db, ListDigests digests, ISuggestionAnnouncer announcer, TimeProvider clock)
{
    /// <summary>Returns how many lists changed.</summary>
    public async Task<int> StoreAsync(IReadOnlyList<Recomputed> computed, CancellationToken ct)
    {
        var names = await SuggestionNames.LoadAsync(db, computed.SelectMany(c => c.Matches), ct);
        var lists = computed.Select(c => Described.Of(c, names.Describe(c.Matches))).ToList();
        await RecallAsync(lists.Where(l => l.Stored is not null && !digests.TryGet(l.Subject, l.Id, l.Stored.Version, out _)).ToList(), ct);
        var changed = lists.Where(l => l.Stored is null
            ? l.Items.Count > 0
            : !digests.TryGet(l.Subject, l.Id, l.Stored.Version, out var stored) || stored != l.Digest).ToList();
        if (changed.Count == 0)
        {
            return 0;
        }

        // Read before the transaction: on SQLite it holds the only write lock for as long as it lasts.
        var members = await MembersAsync(changed.Where(l => l.Stored is not null).ToList(), ct);
        var now = clock.GetUtcNow();
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var replaced = changed.Where(l => l.Stored is not null).Select(l => (l.Row(now), l.Stored!.Version)).ToList();
            if (await db.UpdateListsAsync(replaced, ct) < replaced.Count)
            {
                throw new DbUpdateConcurrencyException("Another writer changed one of these suggestion lists after it was read.");
            }

            var added = changed.Where(l => l.Stored is null).Select(l => l.Row(now)).ToList();
            if (await db.InsertNewListsAsync(added, ct) < added.Count)
            {
                throw new DbUpdateConcurrencyException("Another writer created one of these suggestion lists first.");
            }

            await WriteMembersAsync(changed, members, ct);
            await transaction.CommitAsync(ct);
        }

        foreach (var list in changed)
        {
            digests.Remember(list.Subject, list.Id, list.NextVersion, list.Digest);
        }

        await announcer.AnnounceAsync(changed.Select(l => new SuggestionsUpdated(l.Subject, l.Id, l.NextVersion, l.Items)).ToList(), ct);
        return changed.Count;
    }

    /// <summary>Digests the stored items of lists this worker has not seen at their current version.</summary>
    private async Task RecallAsync(List<Described> unknown, CancellationToken ct)
    {
        foreach (var subject in unknown.Select(l => l.Subject).Distinct())
        {
            var ids = unknown.Where(l => l.Subject == subject).Select(l => l.Id).ToList();
            var stored = await db.SuggestionLists.AsNoTracking().Where(l => l.Subject == subject && ids.Contains(l.SubjectId))
                .Select(l => new { l.SubjectId, l.Version, l.Items }).ToListAsync(ct);
            foreach (var list in stored)
            {
                digests.Remember(subject, list.SubjectId, list.Version, ListDigests.Of(list.Items));
            }
        }
    }

    private async Task<ILookup<(string Subject, Guid Id), Guid>> MembersAsync(List<Described> lists, CancellationToken ct)
    {
        var members = new List<SuggestionMember>();
        foreach (var subject in lists.Select(l => l.Subject).Distinct())
        {
            var ids = lists.Where(l => l.Subject == subject).Select(l => l.Id).ToList();
            members.AddRange(await db.SuggestionMembers.AsNoTracking().Where(m => m.Subject == subject && ids.Contains(m.SubjectId)).ToListAsync(ct));
        }

        return members.ToLookup(m => (m.Subject, m.SubjectId), m => m.CandidateId);
    }

    /// <summary>Only the candidates that left or entered a list are written: usually one or two rows per list.</summary>
    private async Task WriteMembersAsync(List<Described> lists, ILookup<(string Subject, Guid Id), Guid> before, CancellationToken ct)
    {
        var (left, entered) = (new List<SuggestionMember>(), new List<SuggestionMember>());
        foreach (var list in lists)
        {
            var now = list.Candidates.ToHashSet();
            var was = before[(list.Subject, list.Id)].ToHashSet();
            left.AddRange(was.Except(now).Select(c => new SuggestionMember { Subject = list.Subject, SubjectId = list.Id, CandidateId = c }));
            entered.AddRange(now.Except(was).Select(c => new SuggestionMember { Subject = list.Subject, SubjectId = list.Id, CandidateId = c }));
        }

        await db.DeleteMembersAsync(left, ct);
        await db.InsertMembersAsync(entered, ct);
    }

    /// <summary>A computed list with its digest; its items are serialised only if it is written.</summary>
    private sealed record Described(string Subject, Guid Id, StoredList? Stored, List<Suggestion> Items)
    {
        public UInt128 Digest { get; } = ListDigests.Of(Items);

        public static Described Of(Recomputed computed, List<Suggestion> items) => new(computed.Subject, computed.Id, computed.Stored, items);

        public long NextVersion => (Stored?.Version ?? 0) + 1;

        public IEnumerable<Guid> Candidates => Items.Select(i => Subject == SuggestionSubjects.Opening ? i.SeekerId : i.OpeningId);

        public ListRow Row(DateTimeOffset now) => new(Subject, Id, NextVersion, JsonColumn.Serialize(Items), Items.Count, Items.Count == 0 ? 0 : Items.Min(i => i.Score), now);
    }
}
