using Matching.Contracts;

namespace Matching.Infrastructure.Store.Entities;

/// <summary>The stored top-N for one opening or one seeker, with the version pushes carry.</summary>
public sealed class SuggestionList
{
    public string Subject { get; set; } = "";
    public Guid SubjectId { get; set; }
    public long Version { get; set; }
    public List<Suggestion> Items { get; set; } = [];

    // Kept beside the items so deciding whether a change can enter the list needs no JSON.
    public int Count { get; set; }
    public double MinScore { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>Which lists hold a candidate, so a change to that candidate finds them without a scan.</summary>
public sealed class SuggestionMember
{
    public string Subject { get; set; } = "";
    public Guid SubjectId { get; set; }
    public Guid CandidateId { get; set; }
}
