using System.Text;
using Matching.Application.Common;
using Matching.Infrastructure;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Matching.Application.Imports;

/// <summary>
/// Takes an uploaded file (the API's request body, or the file a manager picked on the page) into the store, in
/// chunks of lines, before any line is read for meaning; then wakes this node's import worker.
/// </summary>
public sealed class StartImport(MatchingDbContext db, ImportSignal signal, IOptions<ImportOptions> options, TimeProvider clock)
{
    public async Task<Result<ImportAccepted>> ExecuteAsync(Actor actor, ImportKind kind, ImportFormat format, Stream body, CancellationToken ct = default)
    {
        if (!actor.SeesPersonalData)
        {
            return Problem.Forbidden("가져오기는 관리자와 상담사만 할 수 있습니다.");
        }

        var job = await ReceiveAsync(kind, format, body, options.Value.ChunkLines, actor.UserId, clock.Now(), ct);
        signal.Wake();
        return new ImportAccepted(job.Id);
    }

    private async Task<ImportJob> ReceiveAsync(
        ImportKind kind, ImportFormat format, Stream body, int chunkLines, Guid? by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var job = new ImportJob
        {
            Id = Guid.NewGuid(), Version = 1, Kind = kind, Format = format, State = ImportState.Receiving, CreatedBy = by,
            CreatedAt = now, UpdatedAt = now,
        };
        db.ImportJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        using var reader = new StreamReader(body, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var lineNumber = 0;
        if (format == ImportFormat.Csv)
        {
            job.Header = await reader.ReadLineAsync(cancellationToken);
            lineNumber = job.Header is null ? 0 : 1;
        }

        var text = new StringBuilder();
        var firstLine = lineNumber + 1;
        var count = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (count > 0)
            {
                text.Append('\n');
            }

            text.Append(line);
            if (++count == chunkLines)
            {
                await StoreAsync();
            }
        }

        if (count > 0)
        {
            await StoreAsync();
        }

        job.TotalLines = lineNumber;
        job.State = ImportState.Queued;
        job.UpdatedAt = now;

        // Attached anew after each chunk, the job would otherwise save without its header.
        db.Entry(job).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        return job;

        async Task StoreAsync()
        {
            db.ImportChunks.Add(new ImportChunk { JobId = job.Id, FirstLine = firstLine, LineCount = count, Content = text.ToString() });
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            db.Attach(job);
            text.Clear();
            firstLine = lineNumber + 1;
            count = 0;
        }
    }
}
