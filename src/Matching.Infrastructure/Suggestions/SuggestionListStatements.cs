using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Matching.Infrastructure.Suggestions;

/// <summary>A list as it is written: its items already in their stored JSON.</summary>
internal sealed record ListRow(string Subject, Guid SubjectId, long Version, string ItemsJson, int Count, double MinScore, DateTimeOffset UpdatedAt);

/// <summary>
/// A batch's list writes as a few set statements rather than one statement per list (an EF ExecuteUpdate and an
/// ExecuteDelete per list cost 1.35 ms per changed seeker under load). On SQLite the rows go as VALUES lists; on
/// PostgreSQL as one array per column (<see cref="SqlArrays"/>), so each write is one statement however many rows
/// (a batch at four times the live bench load writes some 400 lists and 4,000 member rows). Values go through the
/// model's type mappings, so rows are stored exactly as SaveChanges would store them.
/// </summary>
internal static class SuggestionListStatements
{
    /// <summary>A list row's values, in the order of the columns <see cref="Lists"/> names.</summary>
    private static readonly Func<ListRow, object?>[] ListValues =
        [r => r.Subject, r => r.SubjectId, r => r.Version, r => r.ItemsJson, r => r.Count, r => r.MinScore, r => r.UpdatedAt];

    /// <summary>
    /// Inserts the new lists, skipping any another writer created meanwhile, and returns how many it inserted.
    /// ON CONFLICT DO NOTHING: a unique violation would abort a PostgreSQL transaction and be logged as a failure,
    /// though retrying is routine.
    /// </summary>
    public static async Task<int> InsertNewListsAsync(this MatchingDbContext db, IReadOnlyList<ListRow> rows, CancellationToken ct)
    {
        var (table, columns) = Lists(db);
        var names = string.Join(", ", columns.Select(c => c.Name));
        if (db.Database.IsNpgsql())
        {
            return await SqlArrays.ExecuteAsync(db, columns, rows, (row, c) => ListValues[c](row),
                unnest => $"INSERT INTO {table} ({names}) SELECT * FROM {unnest} ON CONFLICT DO NOTHING", ct);
        }

        var inserted = 0;
        foreach (var chunk in rows.Chunk(SqlValues.RowsPerStatement(columns.Length)))
        {
            var values = SqlValues.For(db);
            foreach (var row in chunk)
            {
                AddRow(values, columns, row);
            }

            inserted += await values.ExecuteAsync(list => $"INSERT INTO {table} ({names}) VALUES {list} ON CONFLICT DO NOTHING", ct);
        }

        return inserted;
    }

    /// <summary>
    /// Replaces each list stored at the version it was read at; returns how many it replaced (fewer than given: another
    /// writer replaced one meanwhile).
    /// </summary>
    public static async Task<int> UpdateListsAsync(this MatchingDbContext db, IReadOnlyList<(ListRow Row, long ReadVersion)> rows, CancellationToken ct)
    {
        var (table, columns) = Lists(db);
        var (subject, id, version) = (columns[0].Name, columns[1].Name, columns[2]);
        var names = string.Join(", ", columns.Select(c => c.Name));
        var set = string.Join(", ", columns.Skip(2).Select(c => $"{c.Name} = \"v\".{c.Name}"));
        var matches = $"{table}.{subject} = \"v\".{subject} AND {table}.{id} = \"v\".{id} AND {table}.{version.Name} = \"v\".\"ReadVersion\"";
        if (db.Database.IsNpgsql())
        {
            return await SqlArrays.ExecuteAsync(db, [.. columns, version], rows, (row, c) => c < columns.Length ? ListValues[c](row.Row) : row.ReadVersion,
                unnest => $"UPDATE {table} SET {set} FROM {unnest} AS \"v\" ({names}, \"ReadVersion\") WHERE {matches}", ct);
        }

        var updated = 0;
        foreach (var chunk in rows.Chunk(SqlValues.RowsPerStatement(columns.Length + 1)))
        {
            var values = SqlValues.For(db);
            foreach (var (row, readVersion) in chunk)
            {
                AddRow(values, columns, row);
                values.Add(version.Mapping, readVersion);
            }

            updated += await values.ExecuteAsync(list => $"""
                WITH "v" ({names}, "ReadVersion") AS (VALUES {list})
                UPDATE {table} SET {set} FROM "v" WHERE {matches}
                """, ct);
        }

        return updated;
    }

    /// <summary>Takes the candidates that left lists out of them.</summary>
    public static async Task DeleteMembersAsync(this MatchingDbContext db, IReadOnlyList<SuggestionMember> members, CancellationToken ct)
    {
        var (table, columns) = Members(db);
        var names = string.Join(", ", columns.Select(c => c.Name));
        if (db.Database.IsNpgsql())
        {
            var matches = string.Join(" AND ", columns.Select(c => $"{table}.{c.Name} = \"v\".{c.Name}"));
            await SqlArrays.ExecuteAsync(db, columns, members, MemberValue, unnest => $"DELETE FROM {table} USING {unnest} AS \"v\" ({names}) WHERE {matches}", ct);
            return;
        }

        foreach (var chunk in members.Chunk(SqlValues.RowsPerStatement(columns.Length)))
        {
            var values = SqlValues.For(db);
            foreach (var member in chunk)
            {
                values.StartRow();
                for (var c = 0; c < columns.Length; c++)
                {
                    values.Add(columns[c].Mapping, MemberValue(member, c));
                }
            }

            await values.ExecuteAsync(list => $"DELETE FROM {table} WHERE ({names}) IN (VALUES {list})", ct);
        }
    }

    /// <summary>Puts the candidates that entered lists in them.</summary>
    public static async Task InsertMembersAsync(this MatchingDbContext db, IReadOnlyList<SuggestionMember> members, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            await db.InsertAsync(members, ct);
            return;
        }

        var (table, columns) = Members(db);
        var names = string.Join(", ", columns.Select(c => c.Name));
        await SqlArrays.ExecuteAsync(db, columns, members, MemberValue, unnest => $"INSERT INTO {table} ({names}) SELECT * FROM {unnest}", ct);
    }

    /// <summary>A member row's value, in the order of the columns <see cref="Members"/> names.</summary>
    private static object? MemberValue(SuggestionMember member, int column) => column switch
    {
        0 => member.Subject,
        1 => member.SubjectId,
        _ => member.CandidateId,
    };

    private static (string Table, ModelColumn[] Columns) Members(MatchingDbContext db) => ModelColumns.Of<SuggestionMember>(db,
        [nameof(SuggestionMember.Subject), nameof(SuggestionMember.SubjectId), nameof(SuggestionMember.CandidateId)]);

    private static void AddRow(SqlValues values, ModelColumn[] columns, ListRow row)
    {
        values.StartRow();
        for (var i = 0; i < columns.Length; i++)
        {
            values.Add(columns[i].Mapping, ListValues[i](row));
        }
    }

    /// <summary>The lists' table and columns, the key first; the items column takes the JSON as it is.</summary>
    private static (string Table, ModelColumn[] Columns) Lists(MatchingDbContext db)
    {
        var (table, columns) = ModelColumns.Of<SuggestionList>(db,
        [
            nameof(SuggestionList.Subject), nameof(SuggestionList.SubjectId), nameof(SuggestionList.Version), nameof(SuggestionList.Items),
            nameof(SuggestionList.Count), nameof(SuggestionList.MinScore), nameof(SuggestionList.UpdatedAt),
        ]);
        columns[3] = columns[3] with { Mapping = db.GetService<IRelationalTypeMappingSource>().FindMapping(typeof(string), columns[3].Mapping.StoreType)! };
        return (table, columns);
    }
}
