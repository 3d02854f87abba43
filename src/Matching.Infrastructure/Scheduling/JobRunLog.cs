using Hangfire.Common;
using Hangfire.Server;
using Microsoft.Extensions.Logging;

namespace Matching.Infrastructure.Scheduling;

/// <summary>
/// One line as each job starts, naming the job, the node and, for a recurring job, when the scheduler fired it:
/// Hangfire logs little below a failure, and the clustered tests count these lines across processes.
/// </summary>
internal sealed class JobRunLog(ILogger<JobRunLog> logger) : JobFilterAttribute, IServerFilter
{
    public void OnPerforming(PerformingContext context)
    {
        var job = $"{context.BackgroundJob.Job.Type.Name}({string.Join(", ", context.BackgroundJob.Job.Args.Where(a => a is not CancellationToken))})";
        var recurring = context.GetJobParameter<string>("RecurringJobId");
        if (recurring is null)
        {
            logger.LogInformation("Job {JobId} {Job} started on {Server}", context.BackgroundJob.Id, job, context.ServerId);
            return;
        }

        var fired = DateTimeOffset.FromUnixTimeSeconds(context.GetJobParameter<long>("Time")).ToOffset(KoreaClock.Offset);
        logger.LogInformation("Job {JobId} {Job} started on {Server}, fired by {RecurringJobId} at {FiredAt:o}",
            context.BackgroundJob.Id, job, context.ServerId, recurring, fired);
    }

    public void OnPerformed(PerformedContext context)
    {
    }
}
