namespace Matching.Api.Auth;

public static class Roles
{
    public const string Admin = "Admin";
    public const string Counsellor = "Counsellor";
    public const string Employer = "Employer";
    public const string Organiser = "Organiser";

    public static readonly string[] All = [Admin, Counsellor, Employer, Organiser];
}

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
