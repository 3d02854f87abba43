using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Matching.Infrastructure.Store;

/// <summary>
/// The rows of a multi-row statement as parameters, "(@p0_0, @p0_1), (@p1_0, …)", each value converted by its
/// column's type mapping, so values reach the store exactly as SaveChanges would write them, on either provider.
/// Several statements may share the command, and so one round trip.
/// </summary>
internal sealed class SqlValues
{
    // SQLite looks each named parameter up by a linear scan, so binding costs grow with the square of
    // the parameter count: a few hundred per statement is the sweet spot (measured), far below the limits.
    public const int MaxParameters = 600;

    private readonly StringBuilder statements = new();
    private readonly StringBuilder sql = new();
    // Rows of the whole command name the parameters, so that no two statements share a name.
    private int rows;
    private int rowsInStatement;
    private int columns;

    private SqlValues(DbCommand command) => Command = command;

    private DbCommand Command { get; }

    /// <summary>How many parameters the command holds so far.</summary>
    public int Parameters => Command.Parameters.Count;

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
        sql.Append(rowsInStatement++ == 0 ? "(" : "), (");
        rows++;
        columns = 0;
    }

    public void Add(RelationalTypeMapping mapping, object? value, bool nullable = false)
    {
        var name = $"@p{rows - 1}_{columns}";
        sql.Append(columns++ == 0 ? name : ", " + name);
        Command.Parameters.Add(mapping.CreateParameter(Command, name, value, nullable));
    }

    /// <summary>Ends the statement <paramref name="around"/> builds around the rows added since the last; the next row starts another.</summary>
    public void EndStatement(Func<string, string> around)
    {
        statements.Append(around(sql.Append(')').ToString())).Append(";\n");
        sql.Clear();
        rowsInStatement = 0;
    }

    /// <summary>Runs the statement <paramref name="around"/> builds around the rows; returns how many rows it affected.</summary>
    public Task<int> ExecuteAsync(Func<string, string> around, CancellationToken ct)
    {
        EndStatement(around);
        return ExecuteAsync(ct);
    }

    /// <summary>Runs the ended statements, if any, in one command; returns how many rows they affected together.</summary>
    public async Task<int> ExecuteAsync(CancellationToken ct)
    {
        await using (Command)
        {
            if (statements.Length == 0)
            {
                return 0;
            }

            Command.CommandText = statements.ToString();
            return await Command.ExecuteNonQueryAsync(ct);
        }
    }
}
