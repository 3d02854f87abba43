using System.Security.Claims;
using Matching.Api.Auth;
using Matching.Api.Common;
using Matching.Infrastructure.Store.Entities;
using Matching.Infrastructure.Store;
using Matching.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Matching.Api.Import;

public static class ImportApi
{
    public static IHostApplicationBuilder AddImport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.SectionName)
            .Validate(o => o.ChunkLines is > 0 and <= 100_000, "Matching:Import:ChunkLines must be between 1 and 100,000.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ImportSignal>();
        builder.Services.AddSingleton<ImportProcessor>();

        // Every API node takes part: the lease on each job keeps two nodes off the same lines.
        builder.Services.AddHostedService<ImportWorker>();
        return builder;
    }

    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/import").WithTags("Import").RequireAuthorization(Policies.ManageProfiles);

        // A centre's history can run to a million lines; the body is streamed into the store, never held whole.
        group.MapPost("/{kind}", Upload).WithMetadata(new RequestSizeLimitAttribute(4L * 1024 * 1024 * 1024))
            .Accepts<string>("application/x-ndjson", "text/csv");
        group.MapGet("/{jobId:guid}", Get).WithName("GetImportJob");
        return app;
    }

    private static async Task<Results<Accepted<ImportAccepted>, ProblemHttpResult>> Upload(
        string kind, HttpRequest request, MatchingDbContext db, ImportSignal signal, IOptions<ImportOptions> options,
        TimeProvider clock, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ImportKind? parsedKind = kind.ToLowerInvariant() switch
        {
            "seekers" => ImportKind.Seekers,
            "openings" => ImportKind.Openings,
            "placements" => ImportKind.Placements,
            _ => null,
        };
        if (parsedKind is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "가져올 수 없는 종류입니다",
                detail: "seekers, openings, placements 중 하나를 가져올 수 있습니다.");
        }

        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        ImportFormat? format = mediaType switch
        {
            "application/x-ndjson" or "application/ndjson" or "application/jsonl" => ImportFormat.Ndjson,
            "text/csv" => ImportFormat.Csv,
            _ => null,
        };
        if (format is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "지원하지 않는 형식입니다",
                detail: "Content-Type은 application/x-ndjson 또는 text/csv여야 합니다.");
        }

        var by = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : (Guid?)null;
        var job = await ImportUpload.ReceiveAsync(db, parsedKind.Value, format.Value, request.Body, options.Value.ChunkLines, by, clock.Now(), cancellationToken);
        signal.Wake();
        return TypedResults.Accepted($"/api/import/{job.Id}", new ImportAccepted(job.Id));
    }

    private static async Task<Results<Ok<ImportJobResponse>, ProblemHttpResult>> Get(Guid jobId, MatchingDbContext db, int errorsSkip = 0, int errorsTake = 1_000)
    {
        var job = await db.ImportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId);
        if (job is null)
        {
            return Problems.NotFound("가져오기 작업", jobId);
        }

        var errors = await db.ImportErrors.AsNoTracking().Where(e => e.JobId == jobId).OrderBy(e => e.Line)
            .Skip(Math.Max(0, errorsSkip)).Take(Math.Clamp(errorsTake, 1, 100_000))
            .Select(e => new ImportErrorResponse(e.Line, e.Message)).ToListAsync();
        return TypedResults.Ok(new ImportJobResponse(job.Id, job.Kind, job.Format, job.State, job.TotalLines, job.Processed, job.Accepted,
            job.Rejected, job.Failure, job.CreatedAt, job.CompletedAt, errors));
    }
}
