namespace Matching.Application.Privacy;

/// <summary>How much of a seeker a caller's role may see (<see cref="Common.Actor.SeekerView"/>).</summary>
public enum SeekerView
{
    /// <summary>Counsellors and admins: the real name and contact data, each read recorded.</summary>
    Full,

    /// <summary>Other staff (organisers): 홍*동 and 010-****-5678.</summary>
    Masked,

    /// <summary>Employers: 구직자 #XXXX, until a referral they accepted and the seeker's consent to share.</summary>
    Anonymous,
}
