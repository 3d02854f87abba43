namespace Matching.Domain.Events;

/// <summary>One interview: a seeker meets an employer about one opening in one slot.</summary>
public sealed record Interview(int SlotIndex, DateTimeOffset StartsAt, Guid EmployerId, Guid OpeningId, Guid SeekerId, double Score);

/// <summary>A seeker who got no interview, with a Korean reason from <see cref="UnplacedReasons"/>.</summary>
public sealed record UnplacedSeeker(Guid SeekerId, string Reason);

/// <summary>Pre-matching result: interviews ordered by slot, employer and seeker; seekers without any interview.</summary>
public sealed record Timetable(IReadOnlyList<Interview> Interviews, IReadOnlyList<UnplacedSeeker> Unplaced)
{
    public double TotalScore => Interviews.Sum(i => i.Score);
    public int SeekersPlaced => Interviews.Select(i => i.SeekerId).Distinct().Count();
}

/// <summary>Why a seeker is left out of the timetable.</summary>
public static class UnplacedReasons
{
    /// <summary>No employer at the event has an opening scoring at least the threshold for this seeker.</summary>
    public const string NoPairAboveThreshold = "기준 점수 이상인 기업 없음";
    /// <summary>Eligible employers exist, but their slots went to higher-scoring interviews (or there are no slots).</summary>
    public const string CapacityExhausted = "면접 시간 부족";
    /// <summary>The seeker asked for no interviews (maxInterviews 0).</summary>
    public const string NoInterviewsWanted = "희망 면접 수 없음";
}
