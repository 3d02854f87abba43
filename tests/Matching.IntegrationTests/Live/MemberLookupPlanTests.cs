using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using System.Net.Http.Json;
using Matching.Infrastructure.Store;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Live;

/// <summary>
/// A change to a seeker or an opening first finds the suggestion lists that hold it. On SQLite that lookup must read the
/// index on the candidate, not every list of the subject: SQLite keeps no statistics here, so the plan a small store gets
/// is the plan a national one gets (134-145 ms against 1.5-1.8 ms on the 100,000-seeker bench store).
/// </summary>
public sealed class MemberLookupPlanTests : IDisposable
{
    private readonly MemberLookups lookups = new();
    private readonly MatchingApiFactory factory = new();

    public MemberLookupPlanTests() =>
        factory.ConfigureServices = services => services.ConfigureDbContext<MatchingDbContext>(db => db.AddInterceptors(lookups));

    [Fact]
    public async Task Finding_the_lists_that_hold_a_changed_seeker_or_opening_reads_the_candidate_index_alone()
    {
        var admin = await factory.LoginAsync();
        var employer = await HttpAssert.JsonAsync(await admin.PostAsJsonAsync("/api/employers", Bodies.Employer()), HttpStatusCode.Created);
        await HttpAssert.JsonAsync(await admin.PostAsJsonAsync("/api/openings", Bodies.Opening(employer.GetProperty("id").GetGuid())), HttpStatusCode.Created);
        await HttpAssert.JsonAsync(await admin.PostAsJsonAsync("/api/seekers", Bodies.Seeker()), HttpStatusCode.Created);

        // The opening's change looks among the seekers' lists, the seeker's among the openings'.
        var plans = await lookups.WaitForBothSubjectsAsync(TimeSpan.FromSeconds(30));
        Assert.All(plans, plan =>
        {
            Assert.Contains("SEARCH s USING COVERING INDEX IX_SuggestionMembers_Subject_CandidateId_SubjectId (Subject=? AND CandidateId=?)", plan);
            // The id list's own rows (json_each) are read whole, as they should be; no table is.
            Assert.DoesNotContain(plan, line => line.StartsWith("SCAN", StringComparison.Ordinal) && !line.Contains("VIRTUAL TABLE", StringComparison.Ordinal));
        });
    }

    public void Dispose() => factory.Dispose();

    /// <summary>Asks SQLite how it will run each lookup of lists by candidate, with the lookup's own parameters.</summary>
    private sealed class MemberLookups : DbCommandInterceptor
    {
        private readonly ConcurrentDictionary<string, List<string>> plans = new();

        public async Task<List<List<string>>> WaitForBothSubjectsAsync(TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (plans.Count < 2 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            Assert.True(plans.Count == 2, $"lookups seen for: {string.Join(", ", plans.Keys)}");
            return [.. plans.Values];
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("FROM \"SuggestionMembers\"", StringComparison.Ordinal)
                && command.CommandText.Contains("\"CandidateId\" IN", StringComparison.Ordinal))
            {
                var subject = command.Parameters.Cast<DbParameter>().Select(p => p.Value).OfType<string>().FirstOrDefault(v => v is "opening" or "seeker");
                plans.GetOrAdd(subject ?? command.CommandText, _ => Explain(command));
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        private static List<string> Explain(DbCommand command)
        {
            using var explain = command.Connection!.CreateCommand();
            explain.Transaction = command.Transaction;
            explain.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
            foreach (var p in command.Parameters.Cast<SqliteParameter>())
            {
                explain.Parameters.Add(new SqliteParameter(p.ParameterName, p.Value));
            }

            using var reader = explain.ExecuteReader();
            var lines = new List<string>();
            while (reader.Read())
            {
                lines.Add(reader.GetString(3));
            }

            return lines;
        }
    }
}
