using System.Globalization;
using Npgsql;

namespace Matching.IntegrationTests.Infrastructure;

/// <summary>
/// Databases that tests make on the PostgreSQL test server, each named afresh so tests never share one. A name
/// carries the hour it was made, and the first database a run makes sweeps away those of earlier runs older
/// than a day: the test host is killed too soon after a run to drop its own, and a developer's server would
/// otherwise keep every database of every run. A day is far beyond any run, so a run going on beside this
/// one never loses its databases.
/// </summary>
public static class TestDatabases
{
    private const string Stamp = "yyyyMMddHH";
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);
    private static readonly Lock Gate = new();
    private static readonly HashSet<string> Swept = [];

    /// <summary>A connection string to a database that does not exist yet (EF's Migrate creates it).</summary>
    public static string New(string server, string prefix)
    {
        lock (Gate)
        {
            if (Swept.Add($"{server}|{prefix}"))
            {
                SweepOld(server, prefix);
            }
        }

        var name = $"{prefix}_{DateTime.UtcNow.ToString(Stamp, CultureInfo.InvariantCulture)}_{Guid.NewGuid():N}";
        return $"{server.TrimEnd(';')};Database={name}";
    }

    private static void SweepOld(string server, string prefix)
    {
        using var admin = new NpgsqlConnection($"{server.TrimEnd(';')};Database=postgres");
        admin.Open();
        var old = new List<string>();
        using (var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, @prefix)", admin))
        {
            list.Parameters.AddWithValue("prefix", prefix + "_");
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                var name = reader.GetString(0);
                var parts = name[(prefix.Length + 1)..].Split('_');
                if (parts.Length == 2
                    && DateTime.TryParseExact(parts[0], Stamp, CultureInfo.InvariantCulture,
                        DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var made)
                    && DateTime.UtcNow - made > KeptFor)
                {
                    old.Add(name);
                }
            }
        }

        foreach (var name in old)
        {
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }
    }
}
