using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using Matching.Infrastructure.Store;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Events;

/// <summary>A close-out request reads its event once and hands it on, and still answers the counts it fixed.</summary>
public sealed class CloseOutReadsTests : IDisposable
{
    private readonly EventReads reads = new();
    private readonly MatchingApiFactory factory = new();

    public CloseOutReadsTests() =>
        factory.ConfigureServices = services => services.ConfigureDbContext<MatchingDbContext>(db => db.AddInterceptors(reads));

    [Fact]
    public async Task Closing_an_event_reads_its_row_once_and_answers_its_results()
    {
        var admin = await factory.LoginAsync();
        var fair = await Fair.CreateAsync(admin);
        var slots = (await fair.PrematchAsync(admin)).GetProperty("slots").GetArrayLength();

        reads.Watch(fair.EventId);
        var results = await Fair.PostAsync(admin, $"/api/events/{fair.EventId}/close", new { }, HttpStatusCode.OK);
        var selects = reads.Stop();

        Assert.Equal("Closed", results.GetProperty("status").GetString());
        Assert.Equal(6, results.GetProperty("registered").GetInt32());
        // Nobody came: every planned interview was missed, and each one is a referral recorded as a no-show.
        Assert.Equal(0, results.GetProperty("checkedIn").GetInt32());
        Assert.Equal(slots, results.GetProperty("referrals").GetInt32());
        Assert.True(selects.Count == 1, $"the event was read {selects.Count} times:\n{string.Join("\n", selects)}");
    }

    public void Dispose() => factory.Dispose();

    /// <summary>Collects each SELECT on the events table that names the watched event's id.</summary>
    private sealed class EventReads : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<string> seen = new();
        private Guid? watched;

        public void Watch(Guid eventId)
        {
            seen.Clear();
            watched = eventId;
        }

        public List<string> Stop()
        {
            watched = null;
            return [.. seen];
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (watched is { } id && command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
                && command.CommandText.Contains("FROM \"Events\"", StringComparison.Ordinal)
                && command.Parameters.Cast<DbParameter>().Any(p => string.Equals(p.Value?.ToString(), id.ToString(), StringComparison.OrdinalIgnoreCase)))
            {
                seen.Enqueue(command.CommandText);
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
