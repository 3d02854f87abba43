using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Matching.Infrastructure.Store;

/// <summary>
/// Rows sent to PostgreSQL as one array parameter per column, which unnest turns back into rows: one statement of a
/// handful of parameters however many rows, where <see cref="SqlValues"/> sends one parameter per value in statements of
/// a few dozen rows, each parsed and planned afresh. Values are converted by their column's type mapping, as there.
/// </summary>
internal static class SqlArrays
{
    /// <summary>
    /// Runs the statement <paramref name="around"/> builds around "unnest(@a0::text[], @a1::uuid[], …)", the rows' values
    /// column by column (<paramref name="value"/> gives a row's value of a column), in the context's current transaction;
    /// returns how many rows it affected.
    /// </summary>
    public static async Task<int> ExecuteAsync<T>(DbContext db, ModelColumn[] columns, IReadOnlyList<T> rows, Func<T, int, object?> value,
        Func<string, string> around, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var arrays = new string[columns.Length];
        for (var c = 0; c < columns.Length; c++)
        {
            var mapping = columns[c].Mapping;
            var converter = mapping.Converter;
            var values = Array.CreateInstance(converter?.ProviderClrType ?? mapping.ClrType, rows.Count);
            for (var r = 0; r < rows.Count; r++)
            {
                var v = value(rows[r], c);
                values.SetValue(converter is null || v is null ? v : converter.ConvertToProvider(v), r);
            }

            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@a{c}";
            parameter.Value = values;
            command.Parameters.Add(parameter);
            arrays[c] = $"@a{c}::{mapping.StoreType}[]";
        }

        command.CommandText = around($"unnest({string.Join(", ", arrays)})");
        return await command.ExecuteNonQueryAsync(ct);
    }
}
