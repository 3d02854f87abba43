using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Matching.Infrastructure.Store;

/// <summary>
/// The rows of a multi-row statement as parameters, "(@p0_0, @p0_1), (@p1_0, …)", each value converted by its
/// column's type mapping, so values reach the store exactly as SaveChanges would write them, on either provider.
/// </summary>
internal sealed class SqlValues
{
    // SQLite looks each named parameter up by a linear scan, so binding costs grow with the square of
    // the parameter count: a few hundred per statement is the sweet spot (measured), far below the limits.
    public const int MaxParameters = 600;

    private readonly StringBuilder sql = new();
    private int rows;
    private int columns;

    private SqlValues(DbCommand command) => Command = command;

    private DbCommand Command { get; }

    /// <summary>How many rows of <paramref name="columns"/> values one statement takes.</summary>
    public static int RowsPerStatement(int columns, int maxParameters = MaxParameters) => Math.Max(1, maxParameters / columns);

    /// <summary>A command in the context's current transaction (its connection is open while that lasts).</summary>
    public static SqlValues For(DbContext db)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return new SqlValues(command);
    }

    public void StartRow()
    {
        sql.Append(rows++ == 0 ? "(" : "), (");
        columns = 0;
    }

    public void Add(RelationalTypeMapping mapping, object? value, bool nullable = false)
    {
        var name = $"@p{rows - 1}_{columns}";
        sql.Append(columns++ == 0 ? name : ", " + name);
        Command.Parameters.Add(mapping.CreateParameter(Command, name, value, nullable));
    }

    /// <summary>Runs the statement <paramref name="around"/> builds around the rows; returns how many rows it affected.</summary>
    public async Task<int> ExecuteAsync(Func<string, string> around, CancellationToken ct)
    {
        await using (Command)
        {
            Command.CommandText = around(sql.Append(')').ToString());
            return await Command.ExecuteNonQueryAsync(ct);
        }
    }
}
