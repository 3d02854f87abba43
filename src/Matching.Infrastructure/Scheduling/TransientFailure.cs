using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Matching.Infrastructure.Scheduling;

/// <summary>Errors a later attempt may not meet: the job lets them through to Hangfire, which retries it with back-off.</summary>
public static class TransientFailure
{
    public static bool Is(Exception e) => e switch
    {
        // Someone changed the row meanwhile (a new request for the same work), or stored the same row first (a
        // unique index): the next attempt reads it again.
        DbUpdateConcurrencyException => true,
        DbUpdateException { InnerException: { } inner } => Is(inner),
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        SqliteException { SqliteExtendedErrorCode: 2067 or 1555 } => true, // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY
        SqliteException { SqliteErrorCode: 5 or 6 } => true, // SQLITE_BUSY, SQLITE_LOCKED
        DbException db => db.IsTransient,
        TimeoutException or HttpRequestException => true,
        _ => false,
    };
}
