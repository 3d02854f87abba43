using System.Security.Claims;
using MassTransit;
using Matching.Api.Auth;
using Matching.Api.Common;
using Matching.Application.Imports;
using Matching.Infrastructure.Store.Entities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

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

    /// <summary>Each API node hears every job's progress on a temporary queue of its own, as the live consumers do.</summary>
    public static IBusRegistrationConfigurator AddImportConsumers(this IBusRegistrationConfigurator bus)
    {
        var node = Guid.NewGuid().ToString("N")[..12];
        bus.AddConsumer<ImportProgressedConsumer>().Endpoint(e =>
        {
            e.InstanceId = node;
            e.Temporary = true;
        });
        return bus;
    }

    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/import").WithTags("Import").RequireAuthorization(Policies.ManageProfiles);

        // A centre's history can run to a million lines; the body is streamed into the store, never held whole.
        group.MapPost("/{kind}", Upload).WithMetadata(new RequestSizeLimitAttribute(4L * 1024 * 1024 * 1024))
            .Accepts<string>("application/x-ndjson", "text/csv");
        group.MapGet("/", List);
        group.MapGet("/{jobId:guid}", Get).WithName("GetImportJob");
        group.MapGet("/{jobId:guid}/rejected", RejectedLines);
        return app;
    }

    private static async Task<Results<Accepted<ImportAccepted>, ValidationProblem, ProblemHttpResult>> Upload(
        string kind, HttpRequest request, StartImport start, ClaimsPrincipal user, CancellationToken cancellationToken)
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

        return (await start.ExecuteAsync(user.Actor(), parsedKind.Value, format.Value, request.Body, cancellationToken))
            .ToHttp(accepted => TypedResults.Accepted($"/api/import/{accepted.JobId}", accepted));
    }

    private static async Task<Results<Ok<ImportJobResponse>, ValidationProblem, ProblemHttpResult>> Get(
        Guid jobId, ImportJobQueries queries, CancellationToken cancellationToken, int errorsSkip = 0, int errorsTake = 1_000) =>
        (await queries.GetAsync(jobId, errorsSkip, errorsTake, cancellationToken)).ToHttp(TypedResults.Ok);

    /// <summary>The latest imports first, as the manager's import page lists them.</summary>
    private static async Task<Ok<IReadOnlyList<ImportJobResponse>>> List(ImportJobQueries queries, CancellationToken cancellationToken, int take = 20) =>
        TypedResults.Ok(await queries.RecentAsync(take, cancellationToken));

    /// <summary>The rejected lines as CSV (UTF-8 with a BOM): line number and reason.</summary>
    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> RejectedLines(
        Guid jobId, ImportJobQueries queries, CancellationToken cancellationToken) =>
        (await queries.RejectedLinesAsync(jobId, cancellationToken)).ToHttp(file => TypedResults.File(file.Content, "text/csv; charset=utf-8", file.FileName));
}
