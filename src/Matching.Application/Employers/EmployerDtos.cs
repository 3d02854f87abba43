using Matching.Application.Common;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Employers;

public sealed record EmployerRequest(
    string? Name,
    string? BusinessNumber,
    AddressDto? Address,
    EmployerSize? Size,
    string? Industry,
    long? Version = null);

public sealed record EmployerResponse(
    Guid Id,
    long Version,
    string Name,
    string BusinessNumber,
    AddressResponse Address,
    EmployerSize Size,
    string? Industry,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
