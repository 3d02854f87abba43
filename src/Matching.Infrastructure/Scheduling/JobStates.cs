using Hangfire.States;
using Hangfire.Storage;

namespace Matching.Infrastructure.Scheduling;

/// <summary>What Hangfire's storage holds of a job whose id the service noted on its own row.</summary>
internal static class JobStates
{
    /// <summary>Not started yet: when it starts, it reads the row as it is then.</summary>
    public static readonly string[] Waiting = [EnqueuedState.StateName, ScheduledState.StateName, AwaitingState.StateName];

    public static readonly string[] Pending = [.. Waiting, ProcessingState.StateName];

    public static readonly string[] PendingOrDone = [.. Pending, SucceededState.StateName];

    /// <summary>Whether storage holds <paramref name="jobId"/> as this very job, in one of <paramref name="states"/>.</summary>
    public static bool Holds(IStorageConnection connection, string? jobId, Type type, Guid subject, string[] states)
    {
        if (jobId is null)
        {
            return false;
        }

        JobData? data;
        try
        {
            data = connection.GetJobData(jobId);
        }
        catch (FormatException)
        {
            // An id another storage issued (PostgreSQL's are numbers): this storage never held it.
            return false;
        }

        // Ids start again in a storage made anew, so the id alone may name another job.
        return data?.Job is { } job && job.Type == type && job.Args.Count > 0 && job.Args[0] is Guid arg && arg == subject
            && states.Contains(data.State, StringComparer.Ordinal);
    }
}
