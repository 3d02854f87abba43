namespace Matching.Infrastructure.Store.Entities;

/// <summary>Head-count bands as Korean SME law groups them.</summary>
public enum EmployerSize
{
    /// <summary>소상공인, fewer than 5 employees.</summary>
    Micro,
    /// <summary>소기업, 5–49.</summary>
    Small,
    /// <summary>중기업, 50–299.</summary>
    Medium,
    /// <summary>중견·대기업, 300 or more.</summary>
    Large,
}
