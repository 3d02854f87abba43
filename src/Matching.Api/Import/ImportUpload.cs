using System.Text;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Api.Import;

/// <summary>Stores an uploaded file in the store, in chunks of lines, before any line is read for meaning.</summary>
internal static class ImportUpload
{
    public static async Task<ImportJob> ReceiveAsync(
        MatchingDbContext db, ImportKind kind, ImportFormat format, Stream body, int chunkLines, Guid? by, DateTimeOffset now,
        CancellationToken cancellationToken)
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
