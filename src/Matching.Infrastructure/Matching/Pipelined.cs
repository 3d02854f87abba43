using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Matching.Infrastructure.Matching;

/// <summary>A sequence produced on a thread of its own, in batches, so producing and consuming it overlap.</summary>
internal static class Pipelined
{
    private const int BatchSize = 1_024;
    private const int BatchesAhead = 64;

    /// <summary>
    /// The items of <paramref name="source"/>, enumerated on another thread. A failure there is thrown here once the
    /// items before it are consumed, so a consumer never takes a cut-off sequence for the whole one.
    /// </summary>
    public static IEnumerable<T> Run<T>(IEnumerable<T> source, CancellationToken ct)
    {
        using var batches = new BlockingCollection<T[]>(BatchesAhead);
        ExceptionDispatchInfo? failure = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Factory.StartNew(() =>
        {
            try
            {
                var batch = new List<T>(BatchSize);
                foreach (var item in source)
                {
                    batch.Add(item);
                    if (batch.Count == BatchSize)
                    {
                        batches.Add([.. batch], stop.Token);
                        batch.Clear();
                    }
                }

                batches.Add([.. batch], stop.Token);
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                batches.CompleteAdding();
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        try
        {
            foreach (var batch in batches.GetConsumingEnumerable(ct))
            {
                foreach (var item in batch)
                {
                    yield return item;
                }
            }

            producer.Wait(ct);
            failure?.Throw();
        }
        finally
        {
            // A consumer that stops early lets the producer stop too.
            stop.Cancel();
            producer.Wait(CancellationToken.None);
        }
    }
}
