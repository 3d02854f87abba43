using System.Net;
using Hangfire;
using Matching.Infrastructure.Events;
using Matching.Infrastructure.Scheduling;
using Matching.Infrastructure.Store;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Events;

/// <summary>
/// An API node without a job server on PostgreSQL: a pre-match request puts one job on the <c>prematch</c> queue of
/// the shared storage, and requests repeated while it waits add none beside it.
/// </summary>
public sealed class PrematchQueueTests
{
    [PostgresFact]
    public async Task Repeated_requests_while_the_job_waits_leave_one_job_on_the_prematch_queue()
    {
        await using var factory = new MatchingApiFactory("PostgreSql", PostgresFactAttribute.NewDatabase(),
            new Dictionary<string, string> { ["Matching:Worker:InProcess"] = "false" });
        var admin = await factory.LoginAsync();
        var fair = await Fair.CreateAsync(admin);

        for (var i = 0; i < 3; i++)
        {
            var accepted = await Fair.PostAsync(admin, $"/api/events/{fair.EventId}/prematch", new { }, HttpStatusCode.Accepted);
            Assert.Equal("Queued", accepted.GetProperty("status").GetString());
        }

        var monitoring = factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        Assert.Equal(1, monitoring.EnqueuedCount(HangfireOptions.PrematchQueue));
        Assert.Equal(0, monitoring.EnqueuedCount(HangfireOptions.DefaultQueue));
        var job = monitoring.EnqueuedJobs(HangfireOptions.PrematchQueue, 0, 10).Single();
        Assert.Equal((typeof(PrematchJob), (object)fair.EventId), (job.Value.Job.Type, job.Value.Job.Args[0]));
        await using var scope = factory.Services.CreateAsyncScope();
        var noted = (await scope.ServiceProvider.GetRequiredService<MatchingDbContext>().Events.SingleAsync(e => e.Id == fair.EventId)).PrematchJobId;
        Assert.Equal(job.Key, noted);
        Assert.Empty(monitoring.Servers());
    }
}
