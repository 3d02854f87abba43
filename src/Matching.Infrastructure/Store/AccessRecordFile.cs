using Matching.Domain.Privacy;
using Matching.Infrastructure.Store.Entities;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Matching.Infrastructure.Store;

/// <summary>
/// On a SQLite store, the access records of reads are first committed to a file of their own beside it
/// (<c>matching.access.db</c>: one table, no index but its key) and moved into <c>AuditRecords</c> in batches. An
/// answer's records then wait neither for the store's one write lock nor for a random leaf of the subject index a
/// record (about a 4 KB page each in the log), and no commit of theirs makes the store's readers drop their caches.
/// A record keeps its number when moved, and is inserted into the store only if its number is not there yet, so a move
/// interrupted between the store's commit and the deletion here leaves it in both files, and readers show it once.
/// Nothing is indexed here: the table holds only what the last seconds wrote, and readers scan it.
/// </summary>
public sealed class AccessRecordFile
{
    private const string Columns = """ "Id", "AtMs", "ActorId", "ActorRole", "Action", "SubjectId", "Where", "Purpose" """;

    private readonly string? connectionString;

    // The table and the log mode are the file's own: made by the first open of the process, not at every one (the mover
    // opens it every second, the access history on every request).
    private volatile bool made;

    public AccessRecordFile(IOptions<StoreOptions> options)
    {
        var store = options.Value;
        if (store.Provider != StoreProvider.Sqlite)
        {
            return;
        }

        var csb = new SqliteConnectionStringBuilder(store.ConnectionString);
        // A store in memory has no file to stand beside, and nothing to lose.
        if (string.IsNullOrEmpty(csb.DataSource) || csb.DataSource == ":memory:" || csb.Mode == SqliteOpenMode.Memory)
        {
            return;
        }

        var path = Path.GetFullPath(csb.DataSource);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Beside(path),
            DefaultTimeout = Math.Max(csb.DefaultTimeout, 30),
        }.ToString();
    }

    /// <summary>The access record file of the SQLite store at <paramref name="storePath"/>: <c>matching.db</c> → <c>matching.access.db</c>.</summary>
    public static string Beside(string storePath) => Path.ChangeExtension(storePath, ".access.db");

    /// <summary>False on PostgreSQL and on a store in memory: there the records go straight into the store.</summary>
    public bool InUse => connectionString is not null;

    /// <summary>An open connection to the file, created with its table if new.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString ?? throw new InvalidOperationException("The store keeps no access record file."));
        connection.Open();
        try
        {
            SQLitePCL.raw.sqlite3_busy_timeout(connection.Handle, connection.DefaultTimeout * 1000);
            if (made)
            {
                return connection;
            }

            Execute(connection, $"""
                PRAGMA journal_mode=WAL;
                CREATE TABLE IF NOT EXISTS "AccessRecords" ("Id" INTEGER PRIMARY KEY, "AtMs" INTEGER NOT NULL, "ActorId" TEXT, "ActorRole" TEXT NOT NULL,
                    "Action" TEXT NOT NULL, "SubjectId" TEXT, "Where" TEXT NOT NULL, "Purpose" TEXT);
                CREATE TABLE IF NOT EXISTS "Writers" ("Id" INTEGER PRIMARY KEY AUTOINCREMENT);
                """);
            made = true;
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>A number no other process writing to this file holds now (see <c>AccessRecordIds</c>).</summary>
    public long TakeWriterNumber()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """INSERT INTO "Writers" DEFAULT VALUES RETURNING "Id" """;
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Commits <paramref name="records"/> (numbered by the caller) in one transaction.</summary>
    public static void Append(SqliteConnection connection, IEnumerable<AuditRecord> records)
    {
        using var transaction = connection.BeginTransaction();
        using var insert = Insert(connection, transaction, """INSERT INTO "AccessRecords" """);
        foreach (var r in records)
        {
            SetRow(insert, r.Id, r.At.ToUnixTimeMilliseconds(), Text(r.ActorId), r.ActorRole, r.Action.ToString(), Text(r.SubjectId), r.Where, r.Purpose);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>The records waiting here, oldest first, at most <paramref name="max"/>; null filters select all.</summary>
    public static List<Row> Read(SqliteConnection connection, int max = int.MaxValue, Guid? subjectId = null, Guid? actorId = null,
        long? fromMs = null, long? untilMs = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {Columns} FROM "AccessRecords"
            WHERE ($subject IS NULL OR "SubjectId" = $subject) AND ($actor IS NULL OR "ActorId" = $actor)
              AND ($from IS NULL OR "AtMs" >= $from) AND ($until IS NULL OR "AtMs" < $until)
            ORDER BY "Id" LIMIT $max
            """;
        command.Parameters.AddWithValue("$subject", (object?)Text(subjectId) ?? DBNull.Value);
        command.Parameters.AddWithValue("$actor", (object?)Text(actorId) ?? DBNull.Value);
        command.Parameters.AddWithValue("$from", (object?)fromMs ?? DBNull.Value);
        command.Parameters.AddWithValue("$until", (object?)untilMs ?? DBNull.Value);
        command.Parameters.AddWithValue("$max", max);
        using var reader = command.ExecuteReader();
        var rows = new List<Row>();
        while (reader.Read())
        {
            rows.Add(new Row(reader.GetInt64(0), reader.GetInt64(1), Nullable(reader, 2), reader.GetString(3), reader.GetString(4),
                Nullable(reader, 5), reader.GetString(6), Nullable(reader, 7)));
        }

        return rows;
    }

    /// <summary>Deletes these records, by number: only what was read and moved, never what another writer added since.</summary>
    public static void Delete(SqliteConnection connection, IEnumerable<long> ids)
    {
        using var transaction = connection.BeginTransaction();
        using var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = """DELETE FROM "AccessRecords" WHERE "Id" = $id""";
        var id = delete.Parameters.Add("$id", SqliteType.Integer);
        foreach (var value in ids)
        {
            id.Value = value;
            delete.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>
    /// Inserts rows read here into the store's <c>AuditRecords</c>, in the store connection's open transaction, skipping
    /// numbers it already holds (a move that committed there but did not get to delete here).
    /// </summary>
    public static int CopyToStore(SqliteConnection store, SqliteTransaction transaction, IEnumerable<Row> rows)
    {
        using var insert = Insert(store, transaction, """INSERT OR IGNORE INTO "AuditRecords" """);
        var copied = 0;
        foreach (var r in rows)
        {
            SetRow(insert, r.Id, r.AtMs, r.ActorId, r.ActorRole, r.Action, r.SubjectId, r.Where, r.Purpose);
            copied += insert.ExecuteNonQuery();
        }

        return copied;
    }

    /// <summary>One record as both files store it: instants in Unix milliseconds, ids as EF Core's upper-case text.</summary>
    public sealed record Row(long Id, long AtMs, string? ActorId, string ActorRole, string Action, string? SubjectId, string Where, string? Purpose)
    {
        public AuditRecord ToRecord() => new()
        {
            Id = Id, At = DateTimeOffset.FromUnixTimeMilliseconds(AtMs).ToOffset(KoreaClock.Offset), ActorId = ActorId is null ? null : Guid.Parse(ActorId),
            ActorRole = ActorRole, Action = Enum.Parse<AuditAction>(Action), SubjectId = SubjectId is null ? null : Guid.Parse(SubjectId), Where = Where,
            Purpose = Purpose,
        };
    }

    private static SqliteCommand Insert(SqliteConnection connection, SqliteTransaction transaction, string into)
    {
        var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"""{into} ({Columns}) VALUES ($0, $1, $2, $3, $4, $5, $6, $7)""";
        for (var i = 0; i < 8; i++)
        {
            insert.Parameters.Add(new SqliteParameter("$" + i, null));
        }

        insert.Prepare();
        return insert;
    }

    private static void SetRow(SqliteCommand insert, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            insert.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static string? Text(Guid? id) => id?.ToString().ToUpperInvariant();

    private static string? Nullable(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
