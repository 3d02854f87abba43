using Matching.Domain.Profiles;

namespace Matching.Infrastructure.Store.Entities;

/// <summary>A historical placement (취업) brought in by an import; counts in 취업건수 like a Hired referral.</summary>
public sealed class PlacementRecord
{
    public Guid Id { get; set; }
    public DateOnly HiredOn { get; set; }
    public Gender Gender { get; set; }
    public int BirthYear { get; set; }
    public string? Occupation { get; set; }
    public DateOnly RegisteredOn { get; set; }
    public Guid? ImportJobId { get; set; }
}
