namespace Matching.Domain.Privacy;

/// <summary>What an access record says was done with a seeker's personal data.</summary>
public enum AuditAction
{
    Read,
    Change,
    Export,
}
