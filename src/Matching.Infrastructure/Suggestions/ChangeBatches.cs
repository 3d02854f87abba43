using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.Infrastructure.Suggestions;

/// <summary>
/// Gathers change events into batches by backlog, not by a time window: a change that finds the worker
/// idle is recomputed at once, and every change that arrives while a batch runs joins the next one.
/// Each consumer awaits the batch holding its change, so a message is acknowledged only once its lists
/// are stored; a failed batch fails every message in it, and each is retried.
/// </summary>
public sealed class ChangeBatches(IServiceScopeFactory scopes)
{
    public const int MessageLimit = 200;

    private readonly Lock gate = new();
    private readonly Queue<Pending> pending = new();
    private bool running;

    public Task SeekerChangedAsync(Guid seekerId, CancellationToken ct) => EnqueueAsync(new Pending(seekerId, null), ct);

    public Task OpeningChangedAsync(Guid openingId, CancellationToken ct) => EnqueueAsync(new Pending(null, openingId), ct);

    // Two workers writing the same list: the loser's save fails on the version and recomputes.
    public static void Retry(IRetryConfigurator retry) => retry.Intervals(20, 100, 300, 1_000, 2_000, 5_000, 10_000);

    private Task EnqueueAsync(Pending change, CancellationToken ct)
    {
        lock (gate)
        {
            pending.Enqueue(change);
            if (!running)
            {
                running = true;
                _ = Task.Run(DrainAsync, CancellationToken.None);
            }
        }

        return change.Done.Task.WaitAsync(ct);
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            var batch = new List<Pending>();
            lock (gate)
            {
                while (batch.Count < MessageLimit && pending.TryDequeue(out var next))
                {
                    batch.Add(next);
                }

                if (batch.Count == 0)
                {
                    running = false;
                    return;
                }
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<SuggestionRecomputer>().ChangedAsync(
                    [.. batch.Where(p => p.SeekerId is not null).Select(p => p.SeekerId!.Value)],
                    [.. batch.Where(p => p.OpeningId is not null).Select(p => p.OpeningId!.Value)],
                    CancellationToken.None);
                batch.ForEach(p => p.Done.TrySetResult());
            }
            catch (Exception e)
            {
                batch.ForEach(p => p.Done.TrySetException(e));
            }
        }
    }

    private sealed record Pending(Guid? SeekerId, Guid? OpeningId)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
