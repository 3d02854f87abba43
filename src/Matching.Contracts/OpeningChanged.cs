namespace Matching.Contracts;

public record OpeningChanged(Guid OpeningId, long Version);
