using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Matching.Infrastructure.Store;

/// <summary>
/// Multi-row INSERTs for imports, an order of magnitude cheaper than change tracking per row. Column
/// names and value conversions (JSON columns, enums as text, KST instants) come from the EF model's
/// own type mappings, so rows are stored exactly as SaveChanges would store them, on either provider.
/// Runs in the context's current transaction.
/// </summary>
public static class BulkInsert
{
    // SQLite looks each named parameter up by a linear scan, so binding costs grow with the square of
    // the parameter count: a few hundred per statement is the sweet spot (measured), far below the limits.
    private const int MaxParameters = 600;

    /// <param name="maxParameters">Parameters per statement: binding costs the square of them (above), so a writer of
    /// small groups of rows on the request path may want fewer than imports do.</param>
    public static async Task InsertAsync<T>(this DbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken = default, int maxParameters = MaxParameters)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        // Database-generated numbers (the outbox's identity) are left to the database.
        var properties = entityType.GetProperties()
            .Where(p => !(p.ValueGenerated == ValueGenerated.OnAdd && (p.ClrType == typeof(long) || p.ClrType == typeof(int)))).ToArray();
        var mappings = properties.Select(p => p.GetRelationalTypeMapping()).ToArray();
        var columns = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""));
        var perStatement = Math.Max(1, maxParameters / properties.Length);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();

        for (var start = 0; start < rows.Count; start += perStatement)
        {
            var count = Math.Min(perStatement, rows.Count - start);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder($"INSERT INTO \"{table.Name}\" ({columns}) VALUES ");
            for (var r = 0; r < count; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < properties.Length; c++)
                {
                    var name = $"@p{r}_{c}";
                    sql.Append(c == 0 ? name : ", " + name);
                    command.Parameters.Add(mappings[c].CreateParameter(command, name, properties[c].GetGetter().GetClrValue(rows[start + r]!), properties[c].IsNullable));
                }

                sql.Append(')');
            }

            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
