namespace Matching.Api.Series;

/// <summary>Recurring events and the holiday calendar: organisers and admins write, counsellors read.</summary>
public static class SeriesPolicies
{
    public const string ManageSchedules = nameof(ManageSchedules);
    public const string ReadSchedules = nameof(ReadSchedules);
}
