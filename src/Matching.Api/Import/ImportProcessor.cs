using System.Text.Json;
using MassTransit;
using Matching.Contracts;
using Matching.Api.Common;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Store.Entities;
using Matching.Infrastructure.Store;
using Matching.Infrastructure;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Matching.Application.Imports;
using Microsoft.Extensions.Options;

namespace Matching.Api.Import;

/// <summary>
/// Runs one job chunk by chunk. Each chunk's accepted rows (bulk-inserted), its rejected lines, the new
/// checkpoint and the chunk's deletion are one transaction: a crash loses at most the chunk in
/// flight, and the next run starts again from the checkpoint. The job's version guards against two nodes.
/// </summary>
public sealed class ImportProcessor(
    IServiceScopeFactory scopes, IBus bus, IOptions<ImportOptions> options, IOptions<JsonOptions> json, TimeProvider clock, ILogger<ImportProcessor> logger)
{
    private readonly string owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly JsonSerializerOptions ndjson = json.Value.SerializerOptions;
    private readonly JsonSerializerOptions csv = CsvRecord.Options(json.Value.SerializerOptions);

    /// <summary>Jobs waiting for a node: queued, or running under a lease that has run out.</summary>
    public async Task<List<Guid>> PendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        var jobs = await db.ImportJobs.AsNoTracking()
            .Where(j => j.State == ImportState.Queued || j.State == ImportState.Running)
            .Select(j => new { j.Id, j.LeaseUntil, j.CreatedAt }).ToListAsync(cancellationToken);
        var now = clock.Now();
        return jobs.Where(j => j.LeaseUntil is null || j.LeaseUntil < now).OrderBy(j => j.CreatedAt).Select(j => j.Id).ToList();
    }

    public async Task RunAsync(Guid jobId, CancellationToken cancellationToken)
    {
        if (!await ClaimAsync(jobId, cancellationToken))
        {
            return;
        }

        try
        {
            while (await NextChunkAsync(jobId, cancellationToken))
            {
                if (options.Value.PauseBetweenChunks > TimeSpan.Zero)
                {
                    await Task.Delay(options.Value.PauseBetweenChunks, clock, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // A graceful stop hands the job on at once instead of after the lease.
            await ReleaseAsync(jobId);
            throw;
        }
    }

    private async Task<bool> ClaimAsync(Guid jobId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        var job = await db.ImportJobs.FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        var now = clock.Now();
        if (job is null || job.State is not (ImportState.Queued or ImportState.Running) || job.LeaseUntil >= now && job.LeaseOwner != owner)
        {
            return false;
        }

        job.State = ImportState.Running;
        job.LeaseOwner = owner;
        job.LeaseUntil = now + options.Value.Lease;
        job.UpdatedAt = now;
        job.Version++;
        if (!await db.TrySaveAsync())
        {
            return false;
        }

        logger.LogInformation("Import {JobId} ({Kind}) running from line {Checkpoint}", job.Id, job.Kind, job.Checkpoint + 1);
        await AnnounceAsync(job);
        return true;
    }

    /// <summary>Commits the next chunk; false when the job is done or no longer this node's.</summary>
    private async Task<bool> NextChunkAsync(Guid jobId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        var job = await db.ImportJobs.FirstAsync(j => j.Id == jobId, cancellationToken);
        if (job.LeaseOwner != owner || job.State != ImportState.Running)
        {
            return false;
        }

        var now = clock.Now();
        var chunk = await db.ImportChunks.Where(c => c.JobId == jobId && c.FirstLine > job.Checkpoint)
            .OrderBy(c => c.FirstLine).FirstOrDefaultAsync(cancellationToken);
        if (chunk is null)
        {
            job.State = ImportState.Completed;
            job.CompletedAt = now;
            job.LeaseOwner = null;
            job.LeaseUntil = null;
            job.UpdatedAt = now;
            job.Version++;
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Import {JobId} completed: {Accepted} accepted, {Rejected} rejected", job.Id, job.Accepted, job.Rejected);
            await AnnounceAsync(job);
            return false;
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var records = ImportRecords.For(job.Kind, job.Id, scope.ServiceProvider, ndjson, csv, clock.Today(), now);
        await records.PrepareAsync(db, cancellationToken);
        var header = CsvRecord.Header(job.Header);
        var number = chunk.FirstLine - 1;
        foreach (var text in chunk.Content.Split('\n'))
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var error = Accept(records, job.Format, header, new ImportLine(number, null, null), text);
            job.Processed++;
            if (error is null)
            {
                job.Accepted++;
            }
            else
            {
                job.Rejected++;
                db.ImportErrors.Add(new ImportError { JobId = job.Id, Line = number, Message = error });
            }
        }

        var read = watch.ElapsedMilliseconds;
        job.Checkpoint = chunk.FirstLine + chunk.LineCount - 1;
        job.LeaseUntil = now + options.Value.Lease;
        job.UpdatedAt = now;
        job.Version++;
        db.Entry(job).DetectChanges();
        db.ImportChunks.Remove(chunk);
        try
        {
            // In WAL mode NORMAL is still atomic; a power cut may drop the last commits, rows and checkpoint together.
            await using var sync = await SqliteSetting.ChangeAsync(db, "synchronous", "NORMAL", cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await records.SaveAsync(db, cancellationToken);
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogWarning("Import {JobId}: another node took the job over; chunk at line {Line} left to it", jobId, chunk.FirstLine);
            return false;
        }

        var saved = watch.ElapsedMilliseconds;
        records.Committed(scope.ServiceProvider.GetRequiredService<CandidateIndexWriter>());
        logger.LogDebug("Import {JobId}: lines {First}-{Last} read in {Read} ms, saved in {Saved} ms, indexed in {Indexed} ms",
            jobId, chunk.FirstLine, job.Checkpoint, read, saved - read, watch.ElapsedMilliseconds - saved);
        await AnnounceAsync(job);
        return true;
    }

    /// <summary>
    /// Tells every node's import page, once the change is committed. There is no outbox behind it: a lost message
    /// is made good by the next (it carries the totals), and the page looks again now and then for a lost last one.
    /// </summary>
    private async Task AnnounceAsync(ImportJob job)
    {
        try
        {
            await bus.Publish(new ImportProgressed(job.Id, job.State.ToString(), job.Processed, job.Accepted, job.Rejected, clock.Now()));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogWarning(e, "Import {JobId}: its progress could not be announced", job.Id);
        }
    }

    private static string? Accept(ImportRecords records, ImportFormat format, string[] header, ImportLine line, string text)
    {
        try
        {
            line = format == ImportFormat.Csv
                ? line with { Csv = CsvRecord.ToJson(header, text.TrimEnd('\r')) }
                : line with { Json = text };
            return records.Add(line);
        }
        catch (JsonException e)
        {
            // Values of the wrong type come as a FormatException that says what the field takes (ImportRecords.Read).
            return $"JSON 형식이 올바르지 않습니다(위치 {e.BytePositionInLine}).";
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    private async Task ReleaseAsync(Guid jobId)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
            await db.ImportJobs.Where(j => j.Id == jobId && j.LeaseOwner == owner)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseOwner, (string?)null).SetProperty(j => j.LeaseUntil, (DateTimeOffset?)null));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogWarning(e, "Import {JobId}: could not release the lease; another node takes over when it runs out", jobId);
        }
    }
}
