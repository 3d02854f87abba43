using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Imports;

public sealed record ImportAccepted(Guid JobId);

public sealed record ImportErrorResponse(int Line, string Message);

public sealed record ImportJobResponse(
    Guid Id,
    ImportKind Kind,
    ImportFormat Format,
    ImportState State,
    int TotalLines,
    int Processed,
    int Accepted,
    int Rejected,
    string? Failure,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt,
    IReadOnlyList<ImportErrorResponse> Errors);

/// <summary>An import as the list of earlier imports shows it.</summary>
public sealed record ImportJobSummary(
    Guid Id,
    ImportKind Kind,
    ImportFormat Format,
    ImportState State,
    int TotalLines,
    int Processed,
    int Accepted,
    int Rejected,
    string? Failure,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt);
