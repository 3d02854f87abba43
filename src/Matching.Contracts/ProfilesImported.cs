namespace Matching.Contracts;

/// <summary>One committed chunk of a bulk import: the profiles it added, as one change event instead of one per profile.</summary>
public record ProfilesImported(Guid JobId, Guid[] SeekerIds, Guid[] OpeningIds);
