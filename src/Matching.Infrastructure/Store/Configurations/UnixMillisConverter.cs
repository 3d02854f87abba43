using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Matching.Infrastructure.Store.Configurations;

/// <summary>
/// For instants the store must range-query and sort on: SQLite cannot compare or order DateTimeOffset columns,
/// but it can compare integers, and milliseconds since the epoch sort as the instants do on every provider.
/// </summary>
internal sealed class UnixMillisConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.ToUnixTimeMilliseconds(),
    value => DateTimeOffset.FromUnixTimeMilliseconds(value).ToOffset(KoreaClock.Offset));
