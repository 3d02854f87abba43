namespace Matching.Api.Auth;

/// <summary>Named policies; every /api route names one of these.</summary>
public static class Policies
{
    /// <summary>Any signed-in account holding a role.</summary>
    public const string AnyRole = nameof(AnyRole);

    /// <summary>Seekers' personal data and profile management: counsellors and admins.</summary>
    public const string ManageProfiles = nameof(ManageProfiles);

    /// <summary>Openings: also employers, each for its own employer (checked per request).</summary>
    public const string ManageOpenings = nameof(ManageOpenings);

    /// <summary>Reading employers and openings: organisers too.</summary>
    public const string ReadEmployers = nameof(ReadEmployers);

    /// <summary>Creating and running recruitment events: organisers and admins.</summary>
    public const string OrganiseEvents = nameof(OrganiseEvents);

    /// <summary>Event staff who see seekers' names: organisers, counsellors and admins.</summary>
    public const string EventStaff = nameof(EventStaff);

    public const string Admin = nameof(Admin);
}
