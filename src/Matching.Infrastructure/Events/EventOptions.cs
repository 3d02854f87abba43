namespace Matching.Infrastructure.Events;

/// <summary><c>Matching:Events</c>.</summary>
public sealed class EventOptions
{
    public const string SectionName = "Matching:Events";

    /// <summary>Pairs scoring below this get no pre-matched interview and no walk-in queue place.</summary>
    public double PrematchMinScore { get; set; } = 50;

    /// <summary>How many booths' queues a walk-in joins at check-in.</summary>
    public int WalkInBooths { get; set; } = 3;

    /// <summary>How often a 금요채용마당 no-show is invited on to the next week.</summary>
    public int MaxCarryOvers { get; set; } = 2;
}
