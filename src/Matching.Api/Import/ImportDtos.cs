using Matching.Domain.Profiles;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Api.Import;

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

/// <summary>A historical placement (취업): counted in 취업건수; without an occupation it counts in totals only.</summary>
public sealed record PlacementLine(DateOnly? HiredOn, Gender? Gender, int? BirthYear, string? Occupation, DateOnly? RegisteredOn);
