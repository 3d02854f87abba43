namespace Matching.Domain.Matching;

/// <summary>
/// The candidate engine cannot answer now (down, slow, or its index missing). Nothing is wrong with the
/// request: callers answer 503 with <see cref="RetryAfter"/>, never 500.
/// </summary>
public sealed class CandidateIndexUnavailableException(string message, TimeSpan retryAfter, Exception? inner = null)
    : Exception(message, inner)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
