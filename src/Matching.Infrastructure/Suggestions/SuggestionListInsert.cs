using System.Text;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Matching.Infrastructure.Suggestions;

internal static class SuggestionListInsert
{
    private const int MaxParameters = 600;

    /// <summary>
    /// Inserts the new lists, skipping any another writer created meanwhile, and returns how many it
    /// inserted. ON CONFLICT DO NOTHING reads alike on SQLite and PostgreSQL; a unique violation through
    /// SaveChanges would abort a PostgreSQL transaction and be logged as a failure, though retrying is routine.
    /// Values go through the model's type mappings, so rows are stored exactly as SaveChanges would store them.
    /// </summary>
    public static async Task<int> InsertNewListsAsync(this MatchingDbContext db, IReadOnlyList<SuggestionList> rows, CancellationToken ct)
    {
        var entityType = db.Model.FindEntityType(typeof(SuggestionList))!;
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties().ToArray();
        var columns = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""));
        var perStatement = MaxParameters / properties.Length;
        var connection = db.Database.GetDbConnection();
        var inserted = 0;
        for (var start = 0; start < rows.Count; start += perStatement)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var sql = new StringBuilder($"INSERT INTO \"{table.Name}\" ({columns}) VALUES ");
            foreach (var (row, r) in rows.Skip(start).Take(perStatement).Select((row, r) => (row, r)))
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < properties.Length; c++)
                {
                    var name = $"@p{r}_{c}";
                    sql.Append(c == 0 ? name : ", " + name);
                    command.Parameters.Add(properties[c].GetRelationalTypeMapping()
                        .CreateParameter(command, name, properties[c].GetGetter().GetClrValue(row), properties[c].IsNullable));
                }

                sql.Append(')');
            }

            command.CommandText = sql.Append(" ON CONFLICT DO NOTHING").ToString();
            inserted += await command.ExecuteNonQueryAsync(ct);
        }

        return inserted;
    }
}
