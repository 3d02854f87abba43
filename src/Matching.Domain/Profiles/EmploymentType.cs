namespace Matching.Domain.Profiles;

public enum EmploymentType
{
    Permanent,
    Contract,
    PartTime,
    Daily,
}
