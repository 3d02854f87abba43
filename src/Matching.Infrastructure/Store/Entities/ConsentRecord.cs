using Matching.Domain.Privacy;

namespace Matching.Infrastructure.Store.Entities;

/// <summary>A consent given or withdrawn, with the version of the purpose text the seeker was shown and who took it.</summary>
public sealed class ConsentRecord
{
    public long Id { get; set; }
    public Guid SeekerId { get; set; }
    public ConsentKind Kind { get; set; }
    public bool Given { get; set; }
    public DateTimeOffset At { get; set; }
    public string PurposeVersion { get; set; } = "";
    public Guid? TakenBy { get; set; }
}
