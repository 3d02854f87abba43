namespace Matching.Contracts;

public record SeekerChanged(Guid SeekerId, long Version);
