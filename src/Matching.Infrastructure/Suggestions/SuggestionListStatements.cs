using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Matching.Infrastructure.Suggestions;

/// <summary>A list as it is written: its items already in their stored JSON, which its digest was taken from.</summary>
internal sealed record ListRow(string Subject, Guid SubjectId, long Version, string ItemsJson, int Count, double MinScore, DateTimeOffset UpdatedAt);

/// <summary>
/// A batch's list writes as a few set statements rather than one statement per list (an EF ExecuteUpdate and an
/// ExecuteDelete per list cost 1.35 ms per changed seeker under load). The statements read alike on SQLite and
/// PostgreSQL; values go through the model's type mappings, so rows are stored exactly as SaveChanges would store them.
/// </summary>
internal static class SuggestionListStatements
{
    /// <summary>
    /// Inserts the new lists, skipping any another writer created meanwhile, and returns how many it inserted.
    /// ON CONFLICT DO NOTHING: a unique violation would abort a PostgreSQL transaction and be logged as a failure,
    /// though retrying is routine.
    /// </summary>
    public static async Task<int> InsertNewListsAsync(this MatchingDbContext db, IReadOnlyList<ListRow> rows, CancellationToken ct)
    {
        var columns = Columns(db);
        var names = string.Join(", ", columns.Select(c => c.Name));
        var inserted = 0;
        foreach (var chunk in rows.Chunk(SqlValues.RowsPerStatement(columns.Length)))
        {
            var values = SqlValues.For(db);
            foreach (var row in chunk)
            {
                AddRow(values, columns, row);
            }

            inserted += await values.ExecuteAsync(list => $"INSERT INTO \"SuggestionLists\" ({names}) VALUES {list} ON CONFLICT DO NOTHING", ct);
        }

        return inserted;
    }

    /// <summary>
    /// Replaces each list stored at the version it was read at; returns how many it replaced (fewer than given: another
    /// writer replaced one meanwhile).
    /// </summary>
    public static async Task<int> UpdateListsAsync(this MatchingDbContext db, IReadOnlyList<(ListRow Row, long ReadVersion)> rows, CancellationToken ct)
    {
        var columns = Columns(db);
        var version = columns.Single(c => c.Name == Quoted(nameof(SuggestionList.Version))).Mapping;
        var names = string.Join(", ", columns.Select(c => c.Name));
        var set = string.Join(", ", columns.Skip(2).Select(c => $"{c.Name} = \"v\".{c.Name}"));
        var updated = 0;
        foreach (var chunk in rows.Chunk(SqlValues.RowsPerStatement(columns.Length + 1)))
        {
            var values = SqlValues.For(db);
            foreach (var (row, readVersion) in chunk)
            {
                AddRow(values, columns, row);
                values.Add(version, readVersion);
            }

            updated += await values.ExecuteAsync(list => $"""
                WITH "v" ({names}, "ReadVersion") AS (VALUES {list})
                UPDATE "SuggestionLists" SET {set} FROM "v"
                WHERE "SuggestionLists"."Subject" = "v"."Subject" AND "SuggestionLists"."SubjectId" = "v"."SubjectId"
                    AND "SuggestionLists"."Version" = "v"."ReadVersion"
                """, ct);
        }

        return updated;
    }

    /// <summary>Takes the candidates that left lists out of them.</summary>
    public static async Task DeleteMembersAsync(this MatchingDbContext db, IReadOnlyList<SuggestionMember> members, CancellationToken ct)
    {
        var entityType = db.Model.FindEntityType(typeof(SuggestionMember))!;
        var subject = entityType.FindProperty(nameof(SuggestionMember.Subject))!.GetRelationalTypeMapping();
        var id = entityType.FindProperty(nameof(SuggestionMember.SubjectId))!.GetRelationalTypeMapping();
        foreach (var chunk in members.Chunk(SqlValues.RowsPerStatement(3)))
        {
            var values = SqlValues.For(db);
            foreach (var member in chunk)
            {
                values.StartRow();
                values.Add(subject, member.Subject);
                values.Add(id, member.SubjectId);
                values.Add(id, member.CandidateId);
            }

            await values.ExecuteAsync(list => $"""DELETE FROM "SuggestionMembers" WHERE ("Subject", "SubjectId", "CandidateId") IN (VALUES {list})""", ct);
        }
    }

    private static void AddRow(SqlValues values, Column[] columns, ListRow row)
    {
        values.StartRow();
        foreach (var column in columns)
        {
            values.Add(column.Mapping, column.Value(row));
        }
    }

    /// <summary>The table's columns, the key first; the items column takes the JSON as it is.</summary>
    private static Column[] Columns(MatchingDbContext db)
    {
        var entityType = db.Model.FindEntityType(typeof(SuggestionList))!;
        RelationalTypeMapping Mapping(string property) => entityType.FindProperty(property)!.GetRelationalTypeMapping();
        var json = db.GetService<IRelationalTypeMappingSource>().FindMapping(typeof(string), Mapping(nameof(SuggestionList.Items)).StoreType)!;
        return
        [
            new(Quoted(nameof(SuggestionList.Subject)), Mapping(nameof(SuggestionList.Subject)), r => r.Subject),
            new(Quoted(nameof(SuggestionList.SubjectId)), Mapping(nameof(SuggestionList.SubjectId)), r => r.SubjectId),
            new(Quoted(nameof(SuggestionList.Version)), Mapping(nameof(SuggestionList.Version)), r => r.Version),
            new(Quoted(nameof(SuggestionList.Items)), json, r => r.ItemsJson),
            new(Quoted(nameof(SuggestionList.Count)), Mapping(nameof(SuggestionList.Count)), r => r.Count),
            new(Quoted(nameof(SuggestionList.MinScore)), Mapping(nameof(SuggestionList.MinScore)), r => r.MinScore),
            new(Quoted(nameof(SuggestionList.UpdatedAt)), Mapping(nameof(SuggestionList.UpdatedAt)), r => r.UpdatedAt),
        ];
    }

    private static string Quoted(string column) => $"\"{column}\"";

    private sealed record Column(string Name, RelationalTypeMapping Mapping, Func<ListRow, object?> Value);
}
