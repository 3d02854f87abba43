namespace Matching.Domain.Events;

/// <summary>An employer at a recruitment event: how many interviews it can hold at once, and which openings it brings.</summary>
public sealed record EventEmployer(Guid EmployerId, int InterviewersPerSlot, IReadOnlyList<Guid> OpeningIds);

/// <summary>A seeker at a recruitment event and the most interviews they want.</summary>
public sealed record EventSeeker(Guid SeekerId, int MaxInterviews);

/// <summary>A (seeker, opening) score from the matching engine, 0..100.</summary>
public sealed record CandidatePair(Guid SeekerId, Guid EmployerId, Guid OpeningId, double Score);

/// <summary>
/// Input to pre-matching. Pairs whose seeker or employer is not at the event, whose opening the employer did
/// not bring, or whose score is below <see cref="MinScore"/> are not eligible and are ignored.
/// </summary>
public sealed record TimetableProblem
{
    /// <summary>Start of each interview slot; the slot count is the length of this list.</summary>
    public required IReadOnlyList<DateTimeOffset> SlotStarts { get; init; }
    public required IReadOnlyList<EventEmployer> Employers { get; init; }
    public required IReadOnlyList<EventSeeker> Seekers { get; init; }
    public required IReadOnlyList<CandidatePair> Pairs { get; init; }
    /// <summary>Only pairs scoring at least this get an interview.</summary>
    public double MinScore { get; init; }

    public int SlotCount => SlotStarts.Count;

    /// <summary>Consecutive slots of equal length, e.g. from an event's <c>startsAt</c> and <c>slotMinutes</c>.</summary>
    public static IReadOnlyList<DateTimeOffset> ConsecutiveSlots(DateTimeOffset startsAt, TimeSpan slotLength, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var starts = new DateTimeOffset[count];
        for (int i = 0; i < count; i++) starts[i] = startsAt + slotLength * i;
        return starts;
    }
}
