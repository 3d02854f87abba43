namespace Matching.Domain.Privacy;

/// <summary>The two things a seeker agrees to, each recorded on its own.</summary>
public enum ConsentKind
{
    /// <summary>Being matched: appearing in employers' suggestion lists and the candidate index.</summary>
    Matching,

    /// <summary>Name and phone shared with the employer of an accepted referral.</summary>
    ShareWithEmployer,
}
