using Matching.Application.Imports;
using Microsoft.Extensions.Options;

namespace Matching.Api.Import;

/// <summary>Picks up unfinished import jobs, also those a stopped or crashed node left half done.</summary>
public sealed class ImportWorker(ImportProcessor processor, ImportSignal signal, IOptions<ImportOptions> options, ILogger<ImportWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var jobId in await processor.PendingAsync(stoppingToken))
                {
                    await processor.RunAsync(jobId, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The job keeps its checkpoint; it is retried when its lease runs out.
                logger.LogError(e, "Import worker failed; retrying after the poll interval");
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
