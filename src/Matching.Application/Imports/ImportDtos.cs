using System.Text.Json.Serialization;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Imports;

public sealed record ImportAccepted(Guid JobId);

public sealed record ImportErrorResponse(int Line, string Message);

/// <summary>
/// An import job. One job's answer lists its rejected lines; the list of earlier imports leaves <see cref="Errors"/>
/// null, and then out of the JSON, so both answers keep the fields they always had.
/// </summary>
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
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ImportErrorResponse>? Errors = null);
