namespace Matching.Domain.Profiles;

public enum WageUnit
{
    Hourly,
    Monthly,
    Annual,
}
