using Matching.Application.Common;
using Matching.Application.Stats;
using Matching.Domain.Exports;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Imports;

/// <summary>How an import is doing, the earlier ones, and its rejected lines as a file.</summary>
public sealed class ImportJobQueries(MatchingDbContext db)
{
    public async Task<Result<ImportJobResponse>> GetAsync(Guid jobId, int errorsSkip = 0, int errorsTake = 1_000, CancellationToken ct = default)
    {
        var job = await db.ImportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, ct);
        if (job is null)
        {
            return Problem.NotFound("가져오기 작업", jobId);
        }

        var errors = await db.ImportErrors.AsNoTracking().Where(e => e.JobId == jobId).OrderBy(e => e.Line)
            .Skip(Math.Max(0, errorsSkip)).Take(Math.Clamp(errorsTake, 1, 100_000))
            .Select(e => new ImportErrorResponse(e.Line, e.Message)).ToListAsync(ct);
        return new ImportJobResponse(job.Id, job.Kind, job.Format, job.State, job.TotalLines, job.Processed, job.Accepted,
            job.Rejected, job.Failure, job.CreatedAt, job.CompletedAt, errors);
    }

    /// <summary>The latest imports first.</summary>
    public async Task<IReadOnlyList<ImportJobResponse>> RecentAsync(int take = 20, CancellationToken ct = default)
    {
        // Ordered in memory: SQLite cannot order by a DateTimeOffset column.
        var jobs = await db.ImportJobs.AsNoTracking()
            .Select(j => new ImportJobResponse(j.Id, j.Kind, j.Format, j.State, j.TotalLines, j.Processed, j.Accepted, j.Rejected, j.Failure,
                j.CreatedAt, j.CompletedAt))
            .ToListAsync(ct);
        return jobs.OrderByDescending(j => j.CreatedAt).Take(Math.Clamp(take, 1, 200)).ToList();
    }

    /// <summary>Every rejected line with its number (counted as in the file, a CSV header being line 1) and why.</summary>
    public async Task<Result<CsvDownload>> RejectedLinesAsync(Guid jobId, CancellationToken ct = default)
    {
        if (!await db.ImportJobs.AnyAsync(j => j.Id == jobId, ct))
        {
            return Problem.NotFound("가져오기 작업", jobId);
        }

        var errors = await db.ImportErrors.AsNoTracking().Where(e => e.JobId == jobId).OrderBy(e => e.Line)
            .Select(e => new { e.Line, e.Message }).ToListAsync(ct);
        var content = CsvFile.ToBytes(w =>
        {
            CsvFile.Line(w, "줄", "사유");
            foreach (var e in errors)
            {
                CsvFile.Line(w, e.Line, e.Message);
            }
        });
        return new CsvDownload($"import-{jobId:N}-rejected.csv", content);
    }
}
