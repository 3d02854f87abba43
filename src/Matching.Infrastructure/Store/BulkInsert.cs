using System.Runtime.CompilerServices;
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
    private static readonly ConditionalWeakTable<IEntityType, Insert> Inserts = [];

    /// <param name="maxParameters">Parameters per statement: binding costs the square of them (see SqlValues), so a writer of
    /// small groups of rows on the request path may want fewer than imports do.</param>
    public static Task InsertAsync<T>(this DbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken = default, int maxParameters = SqlValues.MaxParameters)
        where T : class =>
        db.InsertAsync([(db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped."), rows)],
            cancellationToken, maxParameters);

    /// <summary>
    /// Rows of several types, in the order given (principals first), as <see cref="InsertAsync{T}"/> inserts one type's. Statements
    /// share a command while their parameters fit in <paramref name="maxParameters"/>: a registration's four tables are one
    /// round trip to PostgreSQL, not four.
    /// </summary>
    public static async Task InsertAsync(this DbContext db, IEnumerable<(IEntityType Type, IReadOnlyList<object> Rows)> tables,
        CancellationToken cancellationToken = default, int maxParameters = SqlValues.MaxParameters)
    {
        var values = SqlValues.For(db);
        foreach (var (type, rows) in tables)
        {
            var insert = Inserts.GetValue(type, t => new Insert(t));
            foreach (var chunk in rows.Chunk(SqlValues.RowsPerStatement(insert.Properties.Length, maxParameters)))
            {
                if (values.Parameters + chunk.Length * insert.Properties.Length > maxParameters)
                {
                    await values.ExecuteAsync(cancellationToken);
                    values = SqlValues.For(db);
                }

                foreach (var row in chunk)
                {
                    values.StartRow();
                    for (var c = 0; c < insert.Properties.Length; c++)
                    {
                        values.Add(insert.Mappings[c], insert.Getters[c].GetClrValue(row), insert.Properties[c].IsNullable);
                    }
                }

                values.EndStatement(insert.Around);
            }
        }

        await values.ExecuteAsync(cancellationToken);
    }

    /// <summary>What inserting a type's rows needs from the model, read once per type.</summary>
    private sealed class Insert
    {
        public Insert(IEntityType type)
        {
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            // Database-generated numbers (the outbox's identity) are left to the database.
            Properties = [.. type.GetProperties().Where(p => !(p.ValueGenerated == ValueGenerated.OnAdd && (p.ClrType == typeof(long) || p.ClrType == typeof(int))))];
            Mappings = [.. Properties.Select(p => p.GetRelationalTypeMapping())];
            Getters = [.. Properties.Select(p => p.GetGetter())];
            var columns = string.Join(", ", Properties.Select(p => $"\"{p.GetColumnName(table)}\""));
            Around = list => $"INSERT INTO \"{table.Name}\" ({columns}) VALUES {list}";
        }

        public IProperty[] Properties { get; }

        public RelationalTypeMapping[] Mappings { get; }

        public IClrPropertyGetter[] Getters { get; }

        public Func<string, string> Around { get; }
    }
}
