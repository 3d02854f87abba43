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
    /// <param name="maxParameters">Parameters per statement: binding costs the square of them (see SqlValues), so a writer of
    /// small groups of rows on the request path may want fewer than imports do.</param>
    public static Task InsertAsync<T>(this DbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken = default, int maxParameters = SqlValues.MaxParameters)
        where T : class =>
        db.InsertAsync(db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped."),
            rows, cancellationToken, maxParameters);

    /// <summary>Rows of <paramref name="entityType"/>, as <see cref="InsertAsync{T}"/>, for callers that hold rows of several types.</summary>
    public static async Task InsertAsync(this DbContext db, IEntityType entityType, IReadOnlyList<object> rows,
        CancellationToken cancellationToken = default, int maxParameters = SqlValues.MaxParameters)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        // Database-generated numbers (the outbox's identity) are left to the database.
        var properties = entityType.GetProperties()
            .Where(p => !(p.ValueGenerated == ValueGenerated.OnAdd && (p.ClrType == typeof(long) || p.ClrType == typeof(int)))).ToArray();
        var mappings = properties.Select(p => p.GetRelationalTypeMapping()).ToArray();
        var columns = string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""));
        foreach (var chunk in rows.Chunk(SqlValues.RowsPerStatement(properties.Length, maxParameters)))
        {
            var values = SqlValues.For(db);
            foreach (var row in chunk)
            {
                values.StartRow();
                for (var c = 0; c < properties.Length; c++)
                {
                    values.Add(mappings[c], properties[c].GetGetter().GetClrValue(row), properties[c].IsNullable);
                }
            }

            await values.ExecuteAsync(list => $"INSERT INTO \"{table.Name}\" ({columns}) VALUES {list}", cancellationToken);
        }
    }
}
