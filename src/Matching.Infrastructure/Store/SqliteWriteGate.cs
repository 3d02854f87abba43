using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Matching.Infrastructure.Store;

/// <summary>
/// Lets this process's writers take SQLite's single write lock one after another, in the order they asked for it.
/// SQLite's own busy handler makes a writer that finds the lock taken sleep and retry (1, 2, 5 … up to 100 ms between
/// tries), so under a steady stream of writes a waiting writer keeps waking after the lock changed hands and losing it
/// to newcomers, and the longest waits grow far past the time the writes themselves take. Here a writer waits its
/// turn without polling and starts as soon as the one before it ends.
/// A write is a transaction (Microsoft.Data.Sqlite begins them IMMEDIATE: they take the lock at once) or a command
/// outside one that is not a read. The busy handler still stands behind the gate, for other processes and for a
/// writer that waited longer than <paramref name="timeout"/> (which then goes on without its turn, as before).
/// </summary>
internal sealed class SqliteWriteGate(TimeSpan timeout) : IDbTransactionInterceptor, IDbCommandInterceptor, IDbConnectionInterceptor
{
    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly ConditionalWeakTable<DbConnection, Hold> connections = new();
    private readonly ConditionalWeakTable<DbTransaction, Hold> transactions = new();

    /// <summary>Whether no writer of this process has the turn.</summary>
    internal bool Free => turn.CurrentCount == 1;

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await TakeAsync(HoldOf(connection), forCommand: false, cancellationToken);
        return result;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result)
    {
        Take(HoldOf(connection), forCommand: false);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(TransactionStarted(connection, eventData, result));

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        transactions.AddOrUpdate(result, HoldOf(connection));
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended(transaction);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Done(() => Ended(transaction));

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        Done(() => Ended(transaction));

    // A failed commit or rollback leaves nothing to wait for in this process; SQLite's own lock covers whatever is left.
    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Ended(transaction);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default) =>
        Done(() => Ended(transaction));

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) => TakeForAsync(command, result, cancellationToken);

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        TakeFor(command, result);

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default) => TakeForAsync(command, result, cancellationToken);

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        TakeFor(command, result);

    public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default) => TakeForAsync(command, result, cancellationToken);

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        TakeFor(command, result);

    // A statement outside a transaction commits when it completes: for a reader (UPDATE … RETURNING), once it is read out.
    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result) =>
        CommandEnded(command, result);

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) => CommandEnded(command, result);

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(NonQueryExecuted(command, eventData, result));

    public object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) => CommandEnded(command, result);

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(ScalarExecuted(command, eventData, result));

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => CommandEnded(command);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default) =>
        Done(() => CommandEnded(command));

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => CommandEnded(command);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default) =>
        Done(() => CommandEnded(command));

    // Closing rolls back whatever is still open on the connection: a transaction disposed without commit or rollback.
    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        Release(HoldOf(connection));
        return result;
    }

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(ConnectionClosing(connection, eventData, result));

    /// <summary>Whether a command outside a transaction can leave the write lock alone: a query or a pragma.</summary>
    internal static bool IsRead(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        while (text.StartsWith("--"))
        {
            var end = text.IndexOf('\n');
            text = end < 0 ? [] : text[(end + 1)..].TrimStart();
        }

        return text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase);
    }

    private Hold HoldOf(DbConnection connection) => connections.GetValue(connection, _ => new Hold());

    private bool NeedsTurn(DbCommand command, out Hold hold)
    {
        hold = HoldOf(command.Connection!);
        return command.Transaction is null && !hold.Held && !IsRead(command.CommandText);
    }

    private async ValueTask<T> TakeForAsync<T>(DbCommand command, T result, CancellationToken ct)
    {
        if (NeedsTurn(command, out var hold))
        {
            await TakeAsync(hold, forCommand: true, ct);
        }

        return result;
    }

    private T TakeFor<T>(DbCommand command, T result)
    {
        if (NeedsTurn(command, out var hold))
        {
            Take(hold, forCommand: true);
        }

        return result;
    }

    private async Task TakeAsync(Hold hold, bool forCommand, CancellationToken ct)
    {
        if (!hold.Held)
        {
            hold.Take(await turn.WaitAsync(timeout, ct), forCommand);
        }
    }

    private void Take(Hold hold, bool forCommand)
    {
        if (!hold.Held)
        {
            hold.Take(turn.Wait(timeout), forCommand);
        }
    }

    private void Ended(DbTransaction transaction)
    {
        // A transaction that failed to begin is none; its connection's closing ends the turn.
        if (transaction is not null && transactions.TryGetValue(transaction, out var hold))
        {
            transactions.Remove(transaction);
            Release(hold);
        }
    }

    private void CommandEnded(DbCommand command)
    {
        if (command.Connection is { } connection && HoldOf(connection) is { ForCommand: true } hold)
        {
            Release(hold);
        }
    }

    private T CommandEnded<T>(DbCommand command, T result)
    {
        CommandEnded(command);
        return result;
    }

    private static Task Done(Action end)
    {
        end();
        return Task.CompletedTask;
    }

    private void Release(Hold hold)
    {
        if (hold.Release())
        {
            turn.Release();
        }
    }

    /// <summary>One connection's turn: whether it holds it, and whether for a single command rather than a transaction.</summary>
    private sealed class Hold
    {
        private bool owns;

        // Set also when the wait timed out, so that the connection's statements do not queue again meanwhile.
        public bool Held { get; private set; }

        public bool ForCommand { get; private set; }

        public void Take(bool owned, bool forCommand) => (Held, owns, ForCommand) = (true, owned, forCommand);

        /// <summary>Ends the turn; true when it was the gate's to give back.</summary>
        public bool Release()
        {
            var gave = owns;
            (Held, owns, ForCommand) = (false, false, false);
            return gave;
        }
    }
}
