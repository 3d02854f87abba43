using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Matching.Infrastructure.Store.Configurations;

/// <summary>
/// Instants are written in UTC (PostgreSQL's timestamptz takes no other offset) and read back in
/// Korea Standard Time, the offset the API shows.
/// </summary>
internal sealed class KoreaTimeConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value.ToOffset(KoreaClock.Offset));
